import type { Text } from '../types';

/**
 * The language to show: the requested one (`de-AT` → `de`) when available, else English.
 * @example pickLanguage('de-CH', ['en', 'de']) // 'de'
 */
export function pickLanguage(requested: string | undefined, available: readonly string[]): string {
  const wanted = (requested ?? '').toLowerCase();
  return available.find((lang) => lang === wanted) ?? available.find((lang) => lang === wanted.split('-')[0]) ?? 'en';
}

/** A config text in the given language, falling back to English, then to any language it has. */
export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text[lang] ?? text[lang.split('-')[0] ?? ''] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
