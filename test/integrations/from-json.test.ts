import { expect } from '@esm-bundle/chai';
import { ConfigError } from '../../src/core/config-reader';
import { integrationsFromJson } from '../../src/integrations/from-json';

function problems(value: unknown): string[] {
  try {
    integrationsFromJson(value);
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as ConfigError).problems.map((p) => `${p.field}: ${p.expected}`);
  }
  throw new Error('expected a ConfigError');
}

describe('integrations in the script tag\'s config', () => {
  it('enables each of the five with one line', () => {
    const built = integrationsFromJson({
      matomo: { url: 'https://matomo.example.org/', siteId: 1 },
      googleAnalytics: { id: 'G-ABCD1234' },
      googleAds: { id: 'AW-123456789' },
      youtube: true,
      googleFonts: { families: ['Roboto'] },
    });
    expect(built.map((i) => [i.name, i.service.category])).to.deep.equal([
      ['matomo', 'analytics'], ['google-analytics', 'analytics'], ['google-ads', 'marketing'], ['youtube', 'media'], ['google-fonts', 'media'],
    ]);
  });

  it('names the field at fault', () => {
    expect(problems({ matomo: { url: 'https://m.example.org', siteId: 'x' }, googleAnalytics: { id: 'UA-1' }, youtub: true, googleAds: 'AW-1' })).to.deep.equal([
      'integrations.matomo.siteId: a number such as 1, got "x"',
      'integrations.googleAnalytics.id: a measurement id such as "G-XXXXXXXXXX", got "UA-1"',
      'integrations.youtub: one of matomo, googleAnalytics, googleAds, youtube, googleFonts',
      'integrations.googleAds: an object of options, or true',
    ]);
    expect(problems([])).to.deep.equal(['integrations: an object with any of matomo, googleAnalytics, googleAds, youtube, googleFonts']);
  });

  it('leaves out an integration set to false', () => {
    expect(integrationsFromJson({ youtube: false })).to.deep.equal([]);
  });
});
