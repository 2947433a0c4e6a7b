import { expect } from '@esm-bundle/chai';
import { createTranslator, type Catalogue } from '../../src/core/i18n';
import type { MessageKey } from '../../src/locales';
import de from '../../src/locales/de';

const messages: Catalogue<'hello' | 'months' | 'title'> = {
  hello: 'Hallo {name}',
  months: { one: '{count} Monat', other: '{count} Monate' },
  title: 'Statistik',
};

describe('texts of one language', () => {
  it('leaves a placeholder that names no value, {constructor} and {__proto__} included, as it is', () => {
    const { t } = createTranslator('de', { ...messages, hello: 'Hallo {constructor} {__proto__} {toString}' }, {});
    expect(t('hello')).to.equal('Hallo {constructor} {__proto__} {toString}');
  });

  it('fills placeholders and picks the plural form by the language\'s rules', () => {
    const { t } = createTranslator('de', messages, {});
    expect(t('hello', { name: 'Anna' })).to.equal('Hallo Anna');
    expect([t('months', { count: 1 }), t('months', { count: 13 })]).to.deep.equal(['1 Monat', '13 Monate']);
  });

  it('resolves einlass\'s own texts by key, the config\'s in its language, and lets the config override any text', () => {
    const german = createTranslator('de', de, { de: { necessaryTitle: 'Erforderlich' } });
    expect(german.text({ message: 'durationMonths', count: 6 })).to.equal('6 Monate');
    expect(german.text({ message: 'durationMinutes', count: 1 })).to.equal('1 Minute');
    expect(german.text({ message: 'necessaryTitle' })).to.equal('Erforderlich');
    expect(german.text({ de: 'Statistik', en: 'Statistics' })).to.equal('Statistik');
    expect(createTranslator('de', messages, { de: { title: 'Reichweite' } }).t('title')).to.equal('Reichweite');
  });

  it('shows a key no language has as itself, instead of breaking the interface', () => {
    expect(createTranslator('de', de, {}).text({ message: 'noSuchText' as MessageKey })).to.equal('noSuchText');
  });
});
