import type { Text } from '../types';
import { pickLanguage } from './language';

/** A config text in the given language, falling back to English, then to any language it has. */
export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text[lang] ?? text[lang.split('-')[0] ?? ''] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Texts in one language: the interface's own (`t`) and the config's (`text`). */
export interface Translator<Key extends string> {
  readonly lang: string;
  readonly t: (key: Key, values?: Readonly<Record<string, string | number>>) => string;
  readonly text: (text: Text | undefined) => string;
}

/**
 * Picks the language (the requested one, else English) among the locales and the config's `texts`,
 * whose overrides win over the locale's own wording.
 */
export function createTranslator<Key extends string>(
  locales: Readonly<Record<string, Readonly<Record<Key, string>>>> & { readonly en: Readonly<Record<Key, string>> },
  texts: Readonly<Record<string, Readonly<Record<string, string>>>>,
  requested: string | undefined,
): Translator<Key> {
  const lang = pickLanguage(requested, [...new Set([...Object.keys(locales), ...Object.keys(texts)])]);
  const own = texts[lang] ?? {};
  const base = locales[lang] ?? locales.en;
  return {
    lang,
    t: (key, values) => format(own[key] ?? base[key], values),
    text: (text) => localize(text, lang),
  };
}
