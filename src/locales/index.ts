import { LANGUAGES, localeOf, type Locale } from '../core/language';
import type { Messages } from './en';

export type { MessageKey, Messages } from './en';
// For sites that draw their own interface (`einlass/locales`): the texts of one language, config overrides included.
export { createTranslator } from '../core/i18n';
export type { Plural, Translator } from '../core/i18n';

/**
 * The texts of every language einlass ships (`LANGUAGES`), one file each, and the informal variants.
 * Each is imported only when a page shows it, so in the script tag every language is its own part
 * and adding one adds no byte to any page view.
 */
const LOCALES: Readonly<Record<Locale, () => Promise<{ default: Messages }>>> = {
  bg: () => import('./bg'),
  cs: () => import('./cs'),
  da: () => import('./da'),
  de: () => import('./de'),
  el: () => import('./el'),
  en: () => import('./en'),
  es: () => import('./es'),
  et: () => import('./et'),
  fi: () => import('./fi'),
  fr: () => import('./fr'),
  ga: () => import('./ga'),
  hr: () => import('./hr'),
  hu: () => import('./hu'),
  it: () => import('./it'),
  lt: () => import('./lt'),
  lv: () => import('./lv'),
  mt: () => import('./mt'),
  nl: () => import('./nl'),
  pl: () => import('./pl'),
  pt: () => import('./pt'),
  ro: () => import('./ro'),
  sk: () => import('./sk'),
  sl: () => import('./sl'),
  sv: () => import('./sv'),
  'de-informal': () => import('./de-informal'),
};

export { LANGUAGES };

const loaded = new Map<string, Messages>();

/** The locale file for a language in a register (English for a language einlass does not ship). */
function fileOf(lang: string, informal: boolean): Locale {
  const code = localeOf(lang, informal);
  return code in LOCALES ? (code as Locale) : 'en';
}

/** A language's texts once fetched, else `undefined`. */
export function loadedMessages(lang: string, informal = false): Messages | undefined {
  return loaded.get(fileOf(lang, informal));
}

/**
 * Fetches a language's texts, informal where asked and the language has such a variant (English
 * for a language einlass does not ship; config `texts` fill in the rest).
 */
export async function loadMessages(lang: string, informal = false): Promise<Messages> {
  const code = fileOf(lang, informal);
  const messages = loaded.get(code) ?? (await LOCALES[code]()).default;
  loaded.set(code, messages);
  return messages;
}
