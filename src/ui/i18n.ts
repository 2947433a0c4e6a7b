import { format, localize, pickLanguage } from '../core/i18n';
import { de } from '../locales/de';
import { en, type Messages } from '../locales/en';
import type { ResolvedConfig, Text } from '../types';

/** Texts in one language: the interface's own (`t`) and the config's (`text`). */
export interface I18n {
  readonly lang: string;
  readonly t: (key: keyof Messages, values?: Readonly<Record<string, string | number>>) => string;
  readonly text: (text: Text | undefined) => string;
  /** "A, B and C" in this language. */
  readonly list: (items: readonly string[]) => string;
}

const LOCALES: Readonly<Record<string, Messages>> = { en, de };

/** Picks the language (config, else `<html lang>`, else English) and merges the config's text overrides. */
export function createI18n(config: ResolvedConfig, pageLanguage: string): I18n {
  for (const [lang, texts] of Object.entries(config.texts)) {
    for (const key of Object.keys(texts)) {
      if (!(key in en)) console.warn(`einlass: texts.${lang}.${key} is no text of the interface (known: ${Object.keys(en).join(', ')})`);
    }
  }
  const lang = pickLanguage(config.language ?? pageLanguage, [...new Set([...Object.keys(LOCALES), ...Object.keys(config.texts)])]);
  const own = config.texts[lang] ?? {};
  const base = LOCALES[lang] ?? en;
  // Not Intl.ListFormat: its first use loads locale data and cost 19 ms of script time in the benchmark.
  const and = ` ${format(own.and ?? base.and)} `;
  return {
    lang,
    t: (key, values) => format(own[key] ?? base[key], values),
    text: (text) => localize(text, lang),
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1) ?? ''}`),
  };
}
