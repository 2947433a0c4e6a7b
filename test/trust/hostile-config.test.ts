import { expect } from '@esm-bundle/chai';
import { ConfigError, resolveConfig } from '../../src/core/config-check';
import { memoryStorage } from '../../src/core/storage';
import { createConsent } from '../../src/create';
import en from '../../src/locales/en';
import type { Config } from '../../src/types';
import { drawer, seeded } from '../helpers/random';
import { mount, unmountAll } from '../helpers/ui';

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '"><svg onload="window.pwned=1"></svg>',
  "javascript:window.pwned=1",
  '{purposes}{provider}<b>bold</b>',
];

/** A config with `payload` in every string field the interface shows. */
function hostile(payload: string): Config {
  const text = { de: payload, en: payload };
  return {
    privacyPolicy: '/datenschutz',
    imprint: '/impressum',
    categories: [{ name: 'analytics', title: text, description: payload }, { name: 'media', title: payload, description: text }],
    services: [
      {
        name: 'tracker', category: 'analytics', title: text, provider: payload, purpose: text, thirdCountry: payload,
        privacyPolicy: 'https://example.org/privacy', cookies: [{ name: payload, duration: text, description: payload }],
      },
      { name: 'video', category: 'media', title: payload, provider: text, thirdCountry: text },
    ],
    texts: { en: Object.fromEntries(Object.keys(en).map((key) => [key, payload])) },
  };
}

describe('hostile config', () => {
  let embed: HTMLElement;
  beforeEach(() => {
    embed = document.createElement('div');
    embed.innerHTML = '<iframe title="x" data-service="video" data-src="/test/fixtures/embed.html"></iframe>';
    document.body.append(embed);
  });
  afterEach(() => {
    unmountAll();
    embed.remove();
    delete (window as { pwned?: number }).pwned;
  });

  for (const payload of PAYLOADS) {
    it(`shows ${JSON.stringify(payload.slice(0, 24))} as text in banner, settings and placeholder, and runs nothing`, async () => {
      const ui = await mount(hostile(payload), 'en');
      ui.button('settings').click();
      await ui.settle();
      ui.$$('details').forEach((d) => { d.setAttribute('open', ''); });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const roots = [ui.root, ...[...document.querySelectorAll('einlass-placeholder')].map((h) => h.shadowRoot)];
      for (const root of roots) {
        expect(root?.querySelectorAll('img, script, svg, b, iframe').length).to.equal(0);
        for (const link of root?.querySelectorAll('a') ?? []) expect(link.getAttribute('href')).to.match(/^(\/|https:)/);
      }
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
      expect(ui.$('.banner h2')?.textContent).to.equal(payload);
      expect(roots.map((r) => r?.textContent ?? '').join('')).to.contain(payload);
    });
  }

  it('refuses link fields that are not http(s) or relative', () => {
    for (const address of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'JaVaScRiPt:x', 'java\nscript:x']) {
      for (const field of ['privacyPolicy', 'imprint', 'consentLog']) {
        expect(() => resolveConfig({ [field]: address }), `${field} ${address}`).to.throw(ConfigError, new RegExp(`${field}: expected an http\\(s\\) or relative address`));
      }
      expect(() => resolveConfig({ categories: [{ name: 'a', title: 'A' }], services: [{ name: 's', category: 'a', privacyPolicy: address }] })).to.throw(/services\[0\]\.privacyPolicy: expected an http\(s\) or relative address/);
    }
  });
});

/** Random config-like values: mostly near-valid, with wrong types, junk keys and odd strings mixed in. */
function randomConfig(random: () => number): unknown {
  const { int, pick } = drawer(random);
  const junk = (): unknown => pick([null, undefined, 0, -1, 1.5, NaN, '', 'x', '<b>', 'javascript:x', true, [], {}, [1, 'a'], { __proto__: { polluted: true } }, 'a'.repeat(3000), '__proto__']);
  const maybe = (value: () => unknown): unknown => (random() < 0.85 ? value() : junk());
  const name = () => maybe(() => pick(['analytics', 'marketing', 'media', 'necessary', 'a-b_c', 'Ünïcode', 'x'.repeat(41), '']));
  const text = () => maybe(() => (random() < 0.5 ? pick(['Statistik', 'x', '']) : { de: pick(['Statistik', '']), en: 'Statistics', ...(random() < 0.1 ? { 'not a lang': 'x' } : {}) }));
  const category = () => maybe(() => ({ name: name(), title: text(), ...(random() < 0.3 ? { description: text() } : {}), ...(random() < 0.05 ? { extra: 1 } : {}) }));
  const service = () => maybe(() => ({
    name: name(), category: name(), ...(random() < 0.5 ? { provider: text() } : {}),
    ...(random() < 0.3 ? { cookies: maybe(() => [{ name: pick(['_ga', '^_ga', '^(', '']), duration: text() }]) } : {}),
    ...(random() < 0.2 ? { legalBasis: pick(['consent', 'necessary', 'legitimate-interest', 1]) } : {}),
    ...(random() < 0.2 ? { privacyPolicy: pick(['/p', 'https://x.example', 'javascript:x', 'data:x']) } : {}),
  }));
  const config: Record<string, unknown> = {};
  if (random() < 0.9) config.categories = maybe(() => Array.from({ length: int(5) }, category));
  if (random() < 0.8) config.services = maybe(() => Array.from({ length: int(6) }, service));
  if (random() < 0.3) config.revision = maybe(() => int(5));
  if (random() < 0.2) config.cookie = maybe(() => ({ lifetimeDays: maybe(() => int(500)), name: maybe(() => pick(['einlass', 'a b'])) }));
  if (random() < 0.2) config.texts = maybe(() => ({ [pick(['de', 'en', '__proto__', 'xx-yy'])]: maybe(() => ({ acceptAll: text() })) }));
  if (random() < 0.1) config[pick(['gpc', 'modal', 'theme', 'nonce', 'unknownKey', 'integrations'])] = junk();
  return random() < 0.02 ? junk() : config;
}

describe('config fuzzing', () => {
  it('answers 10,000 random configs with a config or a ConfigError, never another exception, and never a grant', () => {
    const random = seeded(4711);
    let valid = 0;
    for (let i = 0; i < 10_000; i++) {
      const input = randomConfig(random);
      let config;
      try {
        config = resolveConfig(input);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw new Error(`${String(error)} for ${JSON.stringify(input)}`);
        expect(error.problems.length).to.be.above(0);
        continue;
      }
      valid++;
      const cookie = random() < 0.5 ? undefined : `1.${String(random()).slice(2)}.${'a'.repeat(drawer(random).int(40))}`;
      const einlass = createConsent(input as Config, { storage: memoryStorage(cookie), gate: false });
      expect(einlass.$decided.get()).to.equal(false);
      const granted = [...Object.entries(einlass.$grants.get().categories), ...Object.entries(einlass.$grants.get().services)]
        .filter(([name, on]) => on && name !== 'necessary' && config.services.find((s) => s.name === name)?.category !== 'necessary');
      expect(granted, JSON.stringify(input)).to.deep.equal([]);
      einlass.destroy();
    }
    // Both outcomes were exercised.
    expect(valid).to.be.within(500, 9500);
  });
});
