import type { ResolvedConfig, Theme } from '../types';
import type { ConfigReader } from './config-reader';
import { LANGUAGES, matchLanguage } from './language';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

type InterfaceOptions = Pick<ResolvedConfig, 'language' | 'languages' | 'informal' | 'theme' | 'floatingButton' | 'modal' | 'texts'>;

/** The config keys of the interface: languages, theme, floating button, modal banner and text overrides. */
export const INTERFACE_KEYS = ['language', 'languages', 'informal', 'theme', 'floatingButton', 'modal', 'texts'];

/** A language code among `among` (`de-AT` finds `de`); a code that finds none is the problem `code`, naming them. */
function readLanguage(r: ConfigReader, field: string, value: unknown, among: readonly string[], code: string): string | undefined {
  const given = r.string(field, value, 20);
  const lang = given === undefined ? undefined : matchLanguage(given, among);
  if (given !== undefined && lang === undefined) r.fail(field, code, given, { known: among.join(', ') });
  return lang;
}

/** The languages the site offers: its `languages`, each one einlass ships, else all of them. */
function readLanguages(r: ConfigReader, value: unknown): readonly string[] {
  if (value === undefined) return LANGUAGES;
  const list = r.array('languages', value);
  if (list?.length === 0) r.fail('languages', 'languages', value);
  const offered = new Set((list ?? []).map((item, i) => readLanguage(r, `languages[${String(i)}]`, item, LANGUAGES, 'shipped-language')));
  offered.delete(undefined);
  return offered.size > 0 ? Object.freeze([...offered] as string[]) : LANGUAGES;
}

/** The floating button's corner, or `false` for none: `true` means the bottom left, where it has always been. */
function readFloatingButton(r: ConfigReader, value: unknown): ResolvedConfig['floatingButton'] {
  if (value === undefined || value === true) return 'left';
  if (value === false || value === 'left' || value === 'right') return value;
  r.fail('floatingButton', 'floating-button', value);
  return 'left';
}

/** Reads the interface options. Which text keys exist is checked by the interface, which owns the texts. */
export function readInterface(r: ConfigReader, top: Record<string, unknown>): InterfaceOptions {
  const languages = readLanguages(r, top.languages);
  // A language the site does not offer would never be shown: naming it is a mistake worth reporting.
  const offered = (field: string, value: unknown) => readLanguage(r, field, value, languages, 'offered-language');
  const language = top.language === undefined ? undefined : offered('language', top.language);
  const theme = top.theme ?? 'auto';
  if (!THEMES.includes(theme as Theme)) r.fail('theme', 'theme', theme);
  // Texts are kept without prototype, so an override named "constructor" is an override like any other.
  const texts: Record<string, Readonly<Record<string, string>>> = Object.create(null) as Record<string, never>;
  for (const [lang, entries] of Object.entries(top.texts === undefined ? {} : (r.object('texts', top.texts) ?? {}))) {
    const own: Record<string, string> = Object.create(null) as Record<string, never>;
    for (const [key, value] of Object.entries(r.object(`texts.${lang}`, entries) ?? {})) own[key] = r.string(`texts.${lang}.${key}`, value, 2000) ?? '';
    const code = offered(`texts.${lang}`, lang);
    if (code) texts[code] = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, texts[code], own));
  }
  return {
    language,
    languages,
    informal: r.flag(top, 'informal', false),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
    floatingButton: readFloatingButton(r, top.floatingButton),
    modal: r.flag(top, 'modal', false),
    texts: Object.freeze(texts),
  };
}
