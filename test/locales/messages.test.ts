import { expect } from '@esm-bundle/chai';
import type { Plural } from '../../src/core/i18n';
import { LANGUAGES, loadMessages, type MessageKey, type Messages } from '../../src/locales';
import en from '../../src/locales/en';

/** Every form of a message: the text, or each plural form. */
const forms = (message: string | Plural): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

// Texts a language writes as English does, because the word is its own: "Marketing" is the usual
// name of the category in most of them, "Details" is German and Dutch, "Service" French.
const SAME_AS_ENGLISH: Readonly<Partial<Record<string, readonly MessageKey[]>>> = {
  cs: ['marketingTitle'], da: ['marketingTitle'], de: ['marketingTitle', 'showDetails'], es: ['marketingTitle'],
  fr: ['marketingTitle', 'service'], hr: ['marketingTitle'], hu: ['marketingTitle'], it: ['marketingTitle'],
  nl: ['marketingTitle', 'showDetails'], pl: ['marketingTitle'], pt: ['marketingTitle'], ro: ['marketingTitle'], sk: ['marketingTitle'],
};

/** Each language, and German also as the informal variant. */
const VARIANTS: readonly { readonly lang: string; readonly informal: boolean; readonly label: string }[] = [
  ...LANGUAGES.map((lang) => ({ lang, informal: false, label: lang })),
  { lang: 'de', informal: true, label: 'informal German' },
];

describe('languages', () => {
  it('ships English and German, each from its own file', async () => {
    expect((await loadMessages('en')).acceptAll).to.equal('Accept all');
    expect((await loadMessages('de')).acceptAll).to.equal('Alle akzeptieren');
  });

  it('gives English for a language it does not ship', async () => {
    expect((await loadMessages('tr')).acceptAll).to.equal('Accept all');
  });

  it('addresses German visitors as "du" when asked, and as "Sie" otherwise', async () => {
    const [formal, informal] = [await loadMessages('de'), await loadMessages('de', true)];
    expect(formal.bannerText).to.match(/\bSie\b/).and.not.match(/\bdu\b/);
    expect(informal.bannerText).to.match(/\bdu\b/).and.not.match(/\bSie\b/);
    const everything = (m: Messages) => Object.values(m).flatMap(forms).join('\n');
    expect(everything(informal)).to.not.match(/\b(Sie|Ihre?[nmrs]?)\b/);
    // Informal German still speaks the GDPR's and the TDDDG's language.
    expect(informal.legalBasisConsent).to.equal(formal.legalBasisConsent);
  });

  for (const { lang, informal, label } of VARIANTS) {
    it(`has every text in ${label}, with the placeholders of English and the plural forms of ${lang}`, async () => {
      const messages = await loadMessages(lang, informal);
      expect(Object.keys(messages)).to.deep.equal(Object.keys(en));
      const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      for (const [key, message] of Object.entries(messages)) {
        const reference = en[key as MessageKey];
        expect(typeof message, key).to.equal(typeof reference);
        for (const form of forms(message)) {
          expect(form.trim(), key).to.not.equal('');
          expect(placeholders(form), key).to.deep.equal(placeholders(forms(reference)[0] ?? ''));
        }
        if (typeof message !== 'string') expect(Object.keys(message).sort(), `${key}: the plural categories of ${lang}`).to.deep.equal(categories);
      }
    });

    if (lang !== 'en') {
      it(`leaves no text of ${label} in English`, async () => {
        const messages = await loadMessages(lang, informal);
        const english = (Object.keys(en) as MessageKey[]).filter((key) => JSON.stringify(messages[key]) === JSON.stringify(en[key]));
        expect(english.sort()).to.deep.equal([...(SAME_AS_ENGLISH[lang] ?? [])].sort());
      });
    }
  }

  it('speaks Polish plurals: one, few and many', async () => {
    const pl = await loadMessages('pl');
    const rules = new Intl.PluralRules('pl');
    const say = (count: number) => ((pl.durationMonths as Plural)[rules.select(count)] ?? '').replace('{count}', String(count));
    expect([1, 2, 5, 22, 25].map(say)).to.deep.equal(['1 miesiąc', '2 miesiące', '5 miesięcy', '22 miesiące', '25 miesięcy']);
  });
});
