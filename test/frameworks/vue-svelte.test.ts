// The README's Vue 3 and Svelte 5 components ("React, Vue and Svelte"), compiled from the README's
// own text by test/tools/readme-snippets.mjs: the text follows $grants, and the interface is
// imported only while the visitor has not decided.
import { expect } from '@esm-bundle/chai';
import type { Component as SvelteComponent } from 'svelte';
import type { Component as VueComponent } from 'vue';
import { createConsent } from '../../src/create';
import { memoryStorage, type ConsentStorage } from '../../src/core/storage';
import type { Einlass } from '../../src/types';
import { siteConfig } from '../helpers/config';
import { until } from '../helpers/frames';

/** What the compiled components read instead of `./consent` and `import('einlass/ui')`. */
interface Wiring {
  consent?: Einlass;
  importUI: () => Promise<typeof import('../../src/ui/mount')>;
}
let uiImports = 0;
const wiring: Wiring = {
  importUI: () => {
    uiImports += 1;
    return import('../../src/ui/mount');
  },
};
(globalThis as unknown as { einlassReadme: Wiring }).einlassReadme = wiring;

/** Mounts a framework's component into `target`; the function it gives unmounts it. */
type Mount = (target: HTMLElement) => Promise<() => void>;

/** A component the README snippets plugin compiled. */
const compiled = async <T>(path: string): Promise<T> => ((await import(path)) as { default: T }).default;

const FRAMEWORKS: Record<string, Mount> = {
  'Vue 3 with @nanostores/vue': async (target) => {
    const [{ createApp }, App] = await Promise.all([import('vue'), compiled<VueComponent>('/readme/App.vue.js')]);
    const app = createApp(App);
    app.mount(target);
    return () => { app.unmount(); };
  },
  'Svelte 5, whose stores nanostores atoms are': async (target) => {
    const [{ mount, unmount }, App] = await Promise.all([import('svelte'), compiled<SvelteComponent>('/readme/App.svelte.js')]);
    const instance = mount(App, { target });
    return () => { void unmount(instance); };
  },
};

const host = () => document.querySelector('einlass-ui');
const acceptAll = () => host()?.shadowRoot?.querySelector<HTMLButtonElement>('.banner [data-choice="accept-all"]') ?? null;

for (const [framework, mountApp] of Object.entries(FRAMEWORKS)) {
  describe(`${framework} (the README example)`, () => {
    let target: HTMLElement | undefined;
    let unmountApp: (() => void) | undefined;
    const text = () => target?.textContent.trim() ?? '';

    beforeEach(() => { uiImports = 0; });
    afterEach(() => {
      unmountApp?.();
      unmountApp = undefined;
      target?.remove();
      wiring.consent?.destroy();
      wiring.consent = undefined;
    });

    // The record in memory, so the page's cookie is never touched.
    const render = async (storage: ConsentStorage) => {
      wiring.consent = createConsent(siteConfig, { storage });
      target = document.createElement('div');
      document.body.append(target);
      unmountApp = await mountApp(target);
    };

    it('never imports the interface for a visitor who has decided, and shows their choice', async () => {
      const storage = memoryStorage();
      const first = createConsent(siteConfig, { storage });
      first.acceptAll();
      first.destroy();

      await render(storage);
      await until(() => text() !== '');
      expect(text()).to.equal('analytics on');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(uiImports).to.equal(0);
      expect(host() === null).to.equal(true);
    });

    it('shows the banner to an undecided visitor, re-renders when they accept in it, and takes the interface away with it', async () => {
      await render(memoryStorage());
      await until(() => text() !== '');
      expect(text()).to.equal('analytics off');
      await until(() => acceptAll() !== null);
      expect(uiImports).to.equal(1);
      acceptAll()?.click();
      await until(() => text() === 'analytics on');
      unmountApp?.();
      unmountApp = undefined;
      expect(host() === null, 'the interface unmounts with the component').to.equal(true);
    });
  });
}
