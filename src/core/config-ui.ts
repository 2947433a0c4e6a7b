import type { ResolvedConfig, Theme } from '../types';
import { LANG, type ConfigReader } from './config-reader';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
// Any key is allowed at these levels, so the reader only checks the shape.
const keysOf = (value: unknown): string[] => (typeof value === 'object' && value !== null ? Object.keys(value) : []);

type InterfaceOptions = Pick<ResolvedConfig, 'language' | 'theme' | 'floatingButton' | 'modal' | 'texts'>;

/** The config keys of the interface: language, theme, floating button, modal banner and text overrides. */
export const INTERFACE_KEYS = ['language', 'theme', 'floatingButton', 'modal', 'texts'];

/** Reads the interface options. Which text keys exist is checked by the interface, which owns the texts. */
export function readInterface(r: ConfigReader, top: Record<string, unknown>): InterfaceOptions {
  const language = top.language === undefined ? undefined : r.string('language', top.language, 20);
  if (language !== undefined && !LANG.test(language)) r.fail('language', 'a language code such as "de" or "en"', language);
  const theme = top.theme ?? 'auto';
  if (!THEMES.includes(theme as Theme)) r.fail('theme', '"light", "dark" or "auto"', theme);
  const texts: Record<string, Readonly<Record<string, string>>> = {};
  const byLanguage = top.texts === undefined ? {} : (r.object('texts', top.texts, keysOf(top.texts)) ?? {});
  for (const [lang, entries] of Object.entries(byLanguage)) {
    if (!LANG.test(lang)) r.fail(`texts.${lang}`, 'a language code such as "de" or "en"', lang);
    const input = r.object(`texts.${lang}`, entries, keysOf(entries)) ?? {};
    const own: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) own[key] = r.string(`texts.${lang}.${key}`, value, 2000) ?? '';
    texts[lang.toLowerCase()] = Object.freeze(own);
  }
  return {
    language: language?.toLowerCase(),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
    floatingButton: top.floatingButton === undefined ? true : (r.boolean('floatingButton', top.floatingButton) ?? true),
    modal: top.modal === undefined ? false : (r.boolean('modal', top.modal) ?? false),
    texts: Object.freeze(texts),
  };
}
