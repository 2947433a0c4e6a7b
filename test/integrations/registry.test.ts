import { expect } from '@esm-bundle/chai';
import { word } from '../../src/core/config-check';
import { fromConfig } from '../../src/integrations/registry';

function problems(value: unknown): string[] {
  return word(fromConfig(value).problems).map((p) => `${p.field}: ${p.expected}${p.got === undefined ? "" : `, got ${p.got}`}`);
}

describe('integrations in the script tag\'s config', () => {
  it('enables each of them with one line, in their categories, described only when asked', async () => {
    const { running, problems: found } = fromConfig({
      matomo: { url: 'https://matomo.example.org/', siteId: 1 },
      googleAnalytics: { id: 'G-ABCD1234' },
      googleAds: { id: 'AW-123456789', remarketing: true },
      googleTagManager: { id: 'GTM-ABC1234' },
      youtube: true,
      googleFonts: { families: ['Roboto'] },
    });
    expect(found).to.deep.equal([]);
    expect(running.map((r) => [r.brief.name, r.brief.category.name])).to.deep.equal([
      ['matomo', 'analytics'], ['google-analytics', 'analytics'], ['google-ads', 'marketing'], ['google-ads-remarketing', 'marketing'],
      ['google-tag-manager', 'marketing'], ['youtube', 'media'], ['google-fonts', 'media'],
    ]);
    const described = await Promise.all(running.map((r) => r.describe()));
    expect(described.map((i) => i.service.title)).to.deep.equal(['Matomo', 'Google Analytics', 'Google Ads', 'Google Ads Remarketing', 'Google Tag Manager', 'YouTube', 'Google Fonts']);
    expect(described[0]?.service.hosts).to.deep.equal(['matomo.example.org']);
  });

  it('names the field at fault', () => {
    expect(problems({ matomo: { url: 'https://m.example.org', siteId: 'x' }, googleAnalytics: { id: 'UA-1' }, youtub: true, googleAds: 'AW-1' })).to.deep.equal([
      'integrations.matomo.siteId: a value such as 1, got "x"',
      'integrations.googleAnalytics.id: a value such as "G-XXXXXXXXXX", got "UA-1"',
      'integrations.youtub: one of matomo, googleAnalytics, googleAds, googleTagManager, youtube, googleFonts',
      'integrations.googleAds: an object of options, or true',
    ]);
    expect(problems([])).to.deep.equal(['integrations: an object with any of matomo, googleAnalytics, googleAds, googleTagManager, youtube, googleFonts']);
  });

  it('starts nothing for an integration whose options are wrong', () => {
    expect(fromConfig({ matomo: { url: 'javascript:alert(1)', siteId: 1 } }).running.map((r) => r.brief.name)).to.deep.equal([]);
  });

  it('leaves out an integration set to false', () => {
    const { running, ...rest } = fromConfig({ youtube: false });
    expect({ ...rest, running: running.map((r) => r.brief.name) }).to.deep.equal({ running: [], problems: [] });
  });
});
