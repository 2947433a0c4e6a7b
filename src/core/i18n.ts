import type { ResolvedText, Text } from '../types';

/** A text with forms by plural category (`Intl.PluralRules`): `{ one: '{count} month', other: '{count} months' }`. */
export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** One language's texts, by key. */
export type Catalogue<Key extends string> = Readonly<Record<Key, string | Plural>>;

/** A config text in the given language, falling back to English, then to any language it has. */
export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text[lang] ?? text[lang.split('-')[0] ?? ''] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Texts in one language: the interface's own (`t`) and the config's (`text`). */
export interface Translator<Key extends string> {
  readonly lang: string;
  readonly t: (key: Key, values?: Readonly<Record<string, string | number>>) => string;
  readonly text: (text: ResolvedText | undefined) => string;
}

/**
 * Texts of one language, with the config's `texts` overrides winning over the locale's own wording.
 * A message's plural form follows `values.count`.
 */
export function createTranslator<Key extends string>(
  lang: string,
  messages: Catalogue<Key>,
  texts: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Translator<Key> {
  const own = texts[lang] ?? {};
  let plurals: Intl.PluralRules | undefined;
  const t = (key: Key, values: Readonly<Record<string, string | number>> = {}) => {
    // A key no language has shows as itself rather than breaking the interface around it.
    const message = own[key] ?? (messages[key] as string | Plural | undefined) ?? key;
    if (typeof message === 'string') return format(message, values);
    plurals ??= new Intl.PluralRules(lang);
    return format(message[plurals.select(Number(values.count))] ?? message.other, values);
  };
  return {
    lang,
    t,
    text: (text) => (typeof text === 'object' && 'message' in text ? t(text.message as Key, { count: text.count ?? 0 }) : localize(text, lang)),
  };
}
