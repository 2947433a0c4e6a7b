import type { Messages } from './en';

export type { MessageKey, Messages } from './en';
// For sites that draw their own interface (`einlass/locales`): the texts of one language, config overrides included.
export { createTranslator } from '../core/i18n';
export type { Plural, Translator } from '../core/i18n';

/**
 * The languages einlass ships, one file each. Each is imported only when a page shows it, so in
 * the script tag every language is its own part and adding one adds no byte to any page view.
 */
const LOCALES: { readonly en: () => Promise<{ default: Messages }> } & Readonly<Partial<Record<string, () => Promise<{ default: Messages }>>>> = {
  en: () => import('./en'),
  de: () => import('./de'),
  bg: () => import('./bg'),
  da: () => import('./da'),
  el: () => import('./el'),
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
  pt: () => import('./pt'),
  ro: () => import('./ro'),
  sl: () => import('./sl'),
  sv: () => import('./sv'),
};

/** The codes of the languages einlass ships. */
export const LANGUAGES = Object.keys(LOCALES);

const loaded = new Map<string, Messages>();

/** A language's texts once fetched (English for a language einlass does not ship), else `undefined`. */
export function loadedMessages(lang: string): Messages | undefined {
  return loaded.get(LOCALES[lang] ? lang : 'en');
}

/** Fetches a language's texts (English for a language einlass does not ship; config `texts` fill in the rest). */
export async function loadMessages(lang: string): Promise<Messages> {
  const code = LOCALES[lang] ? lang : 'en';
  const messages = loaded.get(code) ?? (await (LOCALES[code] ?? LOCALES.en)()).default;
  loaded.set(code, messages);
  return messages;
}
