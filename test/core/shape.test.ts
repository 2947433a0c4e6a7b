import { expect } from '@esm-bundle/chai';
import { resolveConfig } from '../../src/core/config';
import { readShape } from '../../src/core/shape';
import { integrationsFromJson } from '../../src/integrations/from-json';
import { withIntegrations } from '../../src/integrations/merge';
import { runtimesFromJson } from '../../src/integrations/runtime/from-json';
import type { Config } from '../../src/types';

const INTEGRATIONS = {
  matomo: { url: 'https://matomo.example.org/', siteId: 3 },
  googleAnalytics: { id: 'G-ABCD1234' },
  googleAds: { id: 'AW-123456789' },
  youtube: true,
  googleFonts: { families: ['Roboto'] },
};

/** What the loader reads, next to what the validator resolves: names and order must agree, or a record's bits would mean other services. */
function both(json: Config & { integrations?: unknown }) {
  const { integrations, ...config } = json;
  const running = runtimesFromJson(integrations);
  const shape = readShape(json, running.map((r) => ({ name: r.runtime.name, category: r.category })));
  const resolved = resolveConfig(withIntegrations(config, integrationsFromJson(integrations, running)));
  const names = (c: NonNullable<typeof shape>) => ({
    categories: c.categories.map((x) => [x.name, x.required, x.services]),
    services: c.services.map((x) => [x.name, x.category]),
    revision: c.revision,
    cookie: c.cookie,
  });
  return { shape: shape && names(shape), resolved: names(resolved) };
}

describe('the loader\'s reading of a config', () => {
  it('gives the names in the order resolveConfig gives them, with all five integrations', () => {
    const { shape, resolved } = both({ integrations: INTEGRATIONS });
    expect(shape).to.deep.equal(resolved);
    expect(shape?.categories.map(([name]) => name)).to.deep.equal(['necessary', 'analytics', 'marketing', 'media']);
  });

  it('keeps the site\'s own categories, order and service overrides', () => {
    const { shape, resolved } = both({
      revision: 4,
      cookie: { name: 'consent', lifetimeDays: 90, domain: '.example.org' },
      categories: [{ name: 'media', title: 'Medien' }, { name: 'necessary', title: 'Nötig' }, { name: 'comfort', title: 'Komfort' }],
      services: [
        { name: 'chat', category: 'comfort' },
        { name: 'google-fonts', category: 'comfort' },
      ],
      integrations: { youtube: true, googleFonts: { url: 'https://fonts.googleapis.com/css2?family=Inter' }, matomo: { url: 'https://m.example.org', siteId: 1 } },
    });
    expect(shape).to.deep.equal(resolved);
    expect(shape?.services.map(([name, category]) => `${String(name)}:${String(category)}`)).to.deep.equal(['chat:comfort', 'google-fonts:comfort', 'youtube:media', 'matomo:analytics']);
  });

  it('leaves what it does not understand to the validator', () => {
    expect(readShape({ categories: 'analytics' }, [])).to.equal(undefined);
    expect(readShape({ services: [{ name: 'x', category: 'nowhere' }] }, [])).to.equal(undefined);
    expect(readShape({ categories: [{ name: 'a' }, { name: 'a' }] }, [])).to.equal(undefined);
    expect(readShape({ revision: -1 }, [])).to.equal(undefined);
    expect(readShape({ cookie: { lifetimeDays: 1000 } }, [])).to.equal(undefined);
    expect(readShape(null, [])).to.equal(undefined);
    expect(() => runtimesFromJson({ matomo: { url: 'ftp://x', siteId: 1 } })).to.throw();
    expect(() => runtimesFromJson({ youtub: true })).to.throw();
  });
});
