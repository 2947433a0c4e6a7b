import { expect } from '@esm-bundle/chai';
import { siteConfig } from '../helpers/config';
import { mount, unmountAll } from '../helpers/ui';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe?: { run: (context: unknown, options?: unknown) => Promise<AxeResult> };
  }
}

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  if (!window.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
  }
  if (!window.axe) throw new Error('axe-core did not load');
  return window.axe;
}

/** Violations as plain strings: DOM nodes must never reach a chai assertion (modernweb-dev/web#2967). */
async function violations(selector: string): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('accessibility (R13, axe-core)', () => {
  afterEach(() => {
    document.getElementById('embed')?.remove();
    unmountAll();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no violations on the banner (${theme})`, async () => {
      await mount({ ...siteConfig, theme }, 'de');
      expect(await violations('einlass-ui')).to.deep.equal([]);
    });

    it(`finds no violations in the settings dialog with every detail open (${theme})`, async () => {
      const ui = await mount({ ...siteConfig, theme, services: (siteConfig.services ?? []).map((s) => ({ ...s, purpose: 'Zweck', privacyPolicy: 'https://example.org/privacy' })) }, 'de');
      ui.button('settings').click();
      await ui.settle();
      ui.$$('details').forEach((d) => { d.setAttribute('open', ''); });
      expect(await violations('einlass-ui')).to.deep.equal([]);
    });
  }

  it('finds no violations on an embed placeholder', async () => {
    const embed = document.createElement('div');
    embed.id = 'embed';
    embed.innerHTML = '<iframe title="Video" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x" width="560" height="315"></iframe>';
    document.body.append(embed);
    await mount(siteConfig, 'de');
    expect(await violations('einlass-placeholder')).to.deep.equal([]);
  });
});
