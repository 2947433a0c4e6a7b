import { createTranslator, type Translator } from '../core/i18n';
import { de } from '../locales/de';
import { en, type Messages } from '../locales/en';
import type { ResolvedConfig } from '../types';

/** Texts in one language: the interface's own (`t`) and the config's (`text`). */
export interface I18n extends Translator<keyof Messages> {
  /** "A, B and C" in this language. */
  readonly list: (items: readonly string[]) => string;
}

/** Picks the language (config, else `<html lang>`, else English) and merges the config's text overrides. */
export function createI18n(config: ResolvedConfig, pageLanguage: string): I18n {
  for (const [lang, texts] of Object.entries(config.texts)) {
    for (const key of Object.keys(texts)) {
      if (!(key in en)) console.warn(`einlass: texts.${lang}.${key} is no text of the interface (known: ${Object.keys(en).join(', ')})`);
    }
  }
  const translator = createTranslator({ en, de }, config.texts, config.language ?? pageLanguage);
  // Not Intl.ListFormat: its first use loads locale data and cost 19 ms of script time in the benchmark.
  const and = ` ${translator.t('and')} `;
  return {
    ...translator,
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1) ?? ''}`),
  };
}
