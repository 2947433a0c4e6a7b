/**
 * The languages einlass ships, one file each in `src/locales/` (whose registry must list exactly
 * these). Kept here as data so the config can be checked against them without fetching any text.
 */
export const LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'] as const;

/** A language einlass ships. */
export type Language = (typeof LANGUAGES)[number];

/** Languages that also come addressing the visitor informally (German "du"), chosen by the config's `informal`. */
export const INFORMAL = ['de'] as const;

/** The name of a locale file: a language, or its informal variant (`de-informal`). */
export type Locale = Language | `${(typeof INFORMAL)[number]}-informal`;

/** The locale file that holds a language's texts in the register the config asks for. */
export function localeOf(lang: string, informal: boolean): string {
  return informal && (INFORMAL as readonly string[]).includes(lang) ? `${lang}-informal` : lang;
}

/**
 * The language among `available` that a requested one (`de-AT`, `pt-PT`) asks for: exact, else
 * with its region dropped; `undefined` when there is none.
 * @example matchLanguage('de-CH', ['en', 'de']) // 'de'
 */
export function matchLanguage(requested: string | undefined, available: readonly string[]): string | undefined {
  const wanted = (requested ?? '').trim().toLowerCase();
  return available.find((lang) => lang === wanted) ?? available.find((lang) => lang === wanted.split('-')[0]);
}

/**
 * The language to show: the page's `<html lang>`, else the config's `language`, else English
 * (or, for a site that does not offer English, the first language it offers).
 */
export function chooseLanguage(config: { readonly language: string | undefined; readonly languages: readonly string[] }, page: string | undefined): string {
  const offered = config.languages;
  return matchLanguage(page, offered) ?? matchLanguage(config.language, offered) ?? (offered.includes('en') ? 'en' : (offered[0] ?? 'en'));
}
