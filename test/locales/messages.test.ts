import { expect } from '@esm-bundle/chai';
import type { Plural } from '../../src/core/i18n';
import { LANGUAGES, loadMessages } from '../../src/locales';
import en from '../../src/locales/en';

/** Every form of a message: the text, or each plural form. */
const forms = (message: string | Plural): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('languages', () => {
  it('ships English and German, each from its own file', async () => {
    expect(LANGUAGES).to.include.members(['en', 'de']);
    expect((await loadMessages('en')).acceptAll).to.equal('Accept all');
    expect((await loadMessages('de')).acceptAll).to.equal('Alle akzeptieren');
  });

  it('gives English for a language it does not ship', async () => {
    expect((await loadMessages('tr')).acceptAll).to.equal('Accept all');
  });

  for (const lang of LANGUAGES) {
    it(`has every text in ${lang}, with the placeholders and plural forms of English`, async () => {
      const messages = await loadMessages(lang);
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, message] of Object.entries(messages)) {
        const reference = en[key as keyof typeof en];
        expect(typeof message, key).to.equal(typeof reference);
        for (const form of forms(message)) {
          expect(form.trim(), key).to.not.equal('');
          expect(placeholders(form), key).to.deep.equal(placeholders(forms(reference)[0] ?? ''));
        }
        if (typeof message !== 'string') expect(message.other, key).to.be.a('string');
      }
    });
  }
});
