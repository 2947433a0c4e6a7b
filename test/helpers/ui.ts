import { createConsent } from '../../src/create';
import type { Einlass } from '../../src/types';
import type { Config } from '../../src/types';
import { LANGUAGES, loadMessages } from '../../src/locales';
import { mountUI } from '../../src/ui/mount';
import { siteConfig } from './config';
import { clearCookies } from './cookies';
import { find } from './dom';

/** A consent manager with its interface mounted in this test page, and ways to look inside its shadow root. */
export interface Mounted {
  einlass: Einlass;
  root: ShadowRoot;
  /** The first match in the shadow root, or null: for asserting that something is absent. */
  $: (selector: string) => HTMLElement | null;
  $$: (selector: string) => HTMLElement[];
  /** The first match in the shadow root; throws, naming the selector, when there is none. */
  get: (selector: string) => HTMLElement;
  dialog: (selector: string) => HTMLDialogElement | null;
  /** The button `[data-choice="…"]`; throws, naming it, when there is none. */
  button: (choice: string) => HTMLButtonElement;
  settle: () => Promise<void>;
}

const cleanups: (() => void)[] = [];

/** Preact renders hooks' effects after paint; a couple of frames let them run. */
export function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const next = (left: number) => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => { next(left - 1); });
    };
    next(count);
  });
}

export async function mount(config: Config = siteConfig, language?: string): Promise<Mounted> {
  // The interface shows once its language's texts are fetched, and the settings once their code is;
  // fetched once, they are there at once (test/script-tag/ sees them fetched on demand).
  await Promise.all([...LANGUAGES.map((lang) => loadMessages(lang)), loadMessages('de', true), import('../../src/ui/settings')]);
  const einlass = createConsent(config);
  const unmount = mountUI(einlass, language ? { language } : {});
  cleanups.push(() => {
    unmount();
    einlass.destroy();
  });
  await frames();
  const host = document.querySelector('einlass-ui');
  if (!host?.shadowRoot) throw new Error('einlass-ui has no shadow root');
  const root = host.shadowRoot;
  return {
    einlass,
    root,
    $: (selector) => root.querySelector<HTMLElement>(selector),
    $$: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
    get: (selector) => find(root, selector, 'the einlass-ui shadow root'),
    dialog: (selector) => root.querySelector<HTMLDialogElement>(selector),
    button: (choice) => find(root, `[data-choice="${choice}"]`, 'the einlass-ui shadow root') as HTMLButtonElement,
    // The settings' code arrives by a dynamic import: settled means they are on screen once opened.
    settle: async () => {
      await frames();
      const end = Date.now() + 2000;
      while (einlass.$view.get() === 'settings' && !root.querySelector('dialog.settings[open]') && Date.now() < end) await frames(1);
    },
  };
}

/** Unmounts everything `mount` mounted and forgets the decision. */
export function unmountAll(): void {
  cleanups.splice(0).forEach((cleanup) => { cleanup(); });
  clearCookies();
}

/** The focused element, looking into shadow roots. */
export function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Relative luminance contrast of two computed `rgb(…)` colours (WCAG 2). */
export function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r = 0, g = 0, b2 = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

export { createConsent };
