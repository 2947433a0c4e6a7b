import { expect } from '@esm-bundle/chai';
import { resolveConfig } from '../../src/core/config-check';
import { chooseLanguage, LANGUAGES } from '../../src/core/language';

const EU = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];

describe('which language the interface speaks', () => {
  const choose = (config: Parameters<typeof resolveConfig>[0], page: string) => chooseLanguage(resolveConfig(config), page);

  it('ships the 24 official languages of the EU', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(EU);
  });

  it('follows <html lang>, with its region dropped when there is no exact match', () => {
    expect(choose({}, 'de-AT')).to.equal('de');
    expect(choose({}, 'pt-PT')).to.equal('pt');
    expect(choose({}, 'PL')).to.equal('pl');
    expect(choose({ language: 'de' }, 'fr-CA')).to.equal('fr');
  });

  it('falls back to the config\'s language, then to English, for a page in a language it lacks', () => {
    expect(choose({ language: 'de' }, 'tr')).to.equal('de');
    expect(choose({ language: 'de-CH' }, '')).to.equal('de');
    expect(choose({}, 'tr')).to.equal('en');
    expect(choose({}, '')).to.equal('en');
  });

  it('speaks only the languages a site offers', () => {
    expect(choose({ languages: ['de', 'en'] }, 'fr')).to.equal('en');
    expect(choose({ languages: ['de', 'fr'] }, 'pl')).to.equal('de');
    expect(choose({ languages: ['de', 'fr'], language: 'fr' }, 'pl')).to.equal('fr');
    expect(choose({ languages: ['de-AT', 'en'] }, 'de')).to.equal('de');
  });

  it('names the key of a language the site does not offer, or einlass does not ship', () => {
    const problems = (config: Parameters<typeof resolveConfig>[0]) => {
      try {
        resolveConfig(config);
      } catch (error) {
        return (error as { problems: { field: string; expected: string }[] }).problems.map((p) => `${p.field}: ${p.expected}`);
      }
      return [];
    };
    expect(problems({ texts: { tr: { acceptAll: 'Hepsini kabul et' } } })[0]).to.match(/^texts\.tr: one of the languages the site offers \(bg, cs, .*sv\)/);
    expect(problems({ languages: ['de', 'en'], texts: { fr: { acceptAll: 'Oui' } } })).to.deep.equal(['texts.fr: one of the languages the site offers (de, en); add it to "languages" or remove the key']);
    expect(problems({ languages: ['de', 'en'], language: 'fr' })).to.have.length(1);
    expect(problems({ languages: ['de', 'klingon'] })[0]).to.match(/^languages\[1\]: one of the languages einlass ships \(bg, /);
    expect(problems({ languages: [] })[0]).to.match(/^languages: a non-empty list/);
    expect(problems({ informal: 'yes' as unknown as boolean })[0]).to.match(/^informal: true or false/);
    expect(problems({ languages: ['de'], texts: { 'de-AT': { acceptAll: 'Passt' } }, informal: true })).to.deep.equal([]);
  });
});
