import type { ResolvedConfig, Theme } from '../types';
import type { ConfigReader } from './config-reader';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

type InterfaceOptions = Pick<ResolvedConfig, 'language' | 'theme' | 'floatingButton' | 'modal' | 'texts'>;

/** The config keys of the interface: language, theme, floating button, modal banner and text overrides. */
export const INTERFACE_KEYS = ['language', 'theme', 'floatingButton', 'modal', 'texts'];

/** Reads the interface options. Which text keys exist is checked by the interface, which owns the texts. */
export function readInterface(r: ConfigReader, top: Record<string, unknown>): InterfaceOptions {
  const language = top.language === undefined ? undefined : r.string('language', top.language, 20);
  const theme = top.theme ?? 'auto';
  if (!THEMES.includes(theme as Theme)) r.fail('theme', 'theme', theme);
  // Texts are kept without prototype, so an override named "constructor" is an override like any other.
  const texts: Record<string, Readonly<Record<string, string>>> = Object.create(null) as Record<string, never>;
  for (const [lang, entries] of Object.entries(top.texts === undefined ? {} : (r.object('texts', top.texts) ?? {}))) {
    const own: Record<string, string> = Object.create(null) as Record<string, never>;
    for (const [key, value] of Object.entries(r.object(`texts.${lang}`, entries) ?? {})) own[key] = r.string(`texts.${lang}.${key}`, value, 2000) ?? '';
    const code = r.lang(`texts.${lang}`, lang);
    if (code) texts[code] = Object.freeze(own);
  }
  return {
    language: language === undefined ? undefined : r.lang('language', language),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
    floatingButton: r.flag(top, 'floatingButton', true),
    modal: r.flag(top, 'modal', false),
    texts: Object.freeze(texts),
  };
}
