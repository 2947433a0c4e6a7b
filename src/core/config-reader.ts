import type { Text } from '../types';

/** One thing wrong with a config: where, and what was expected there. */
export interface ConfigProblem {
  readonly field: string;
  readonly expected: string;
}

/** Thrown by `createConsent` for an invalid config; `problems` lists every field at fault. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(`einlass: invalid config\n${problems.map((p) => `  ${p.field}: expected ${p.expected}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/i;
/** A language code such as `de`, `en` or `de-AT`. */
export const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads untrusted config input field by field, collecting problems instead of stopping at the first. */
export class ConfigReader {
  readonly problems: ConfigProblem[] = [];

  fail(field: string, expected: string, got: unknown): void {
    this.problems.push({ field, expected: `${expected}, got ${describe(got)}` });
  }

  /** `value` when `ok`; otherwise records the problem and gives `undefined`. */
  check<T>(ok: boolean, value: T, field: string, expected: string): T | undefined {
    if (ok) return value;
    this.fail(field, expected, value);
    return undefined;
  }

  /** A plain object whose keys are all in `allowed`. */
  object(field: string, value: unknown, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (!isRecord(value)) return this.check(false, value as Record<string, unknown>, field, 'an object');
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(field ? `${field}.${key}` : key, `one of the known keys (${allowed.join(', ')})`, key);
    }
    return value;
  }

  array(field: string, value: unknown): readonly unknown[] | undefined {
    return this.check(Array.isArray(value), value as unknown[], field, 'an array');
  }

  string(field: string, value: unknown, max = 2000): string | undefined {
    const ok = typeof value === 'string' && value.length > 0 && value.length <= max;
    return this.check(ok, value as string, field, `a non-empty string of at most ${String(max)} characters`);
  }

  /** A machine name: letters, digits, `-` and `_`, as used in `data-category` and `data-service`. */
  name(field: string, value: unknown): string | undefined {
    return this.check(typeof value === 'string' && NAME.test(value), value as string, field, 'a name of 1–40 letters, digits, "-" or "_"');
  }

  boolean(field: string, value: unknown): boolean | undefined {
    return this.check(typeof value === 'boolean', value as boolean, field, 'true or false');
  }

  integer(field: string, value: unknown, min: number, max: number): number | undefined {
    const ok = Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    return this.check(ok, value as number, field, `a whole number from ${String(min)} to ${String(max)}`);
  }

  /** A string, or an object of strings keyed by language code. */
  text(field: string, value: unknown): Text | undefined {
    if (typeof value === 'string') return this.string(field, value);
    if (!isRecord(value) || Object.keys(value).length === 0) {
      return this.check(false, value as Text, field, 'a string or an object of strings by language ({ "de": "…", "en": "…" })');
    }
    const texts: Record<string, string> = {};
    for (const [lang, text] of Object.entries(value)) {
      if (!LANG.test(lang)) this.fail(`${field}.${lang}`, 'a language code such as "de" or "en"', lang);
      else texts[lang] = this.string(`${field}.${lang}`, text) ?? '';
    }
    return Object.freeze(texts);
  }

  /** An http(s) or relative address; `javascript:`, `data:` and every other scheme are refused. */
  url(field: string, value: unknown): string | undefined {
    const expected = 'an http(s) or relative address';
    if (typeof value !== 'string' || value === '' || value.length > 2000) return this.check(false, value as string, field, expected);
    // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"), so none are allowed.
    if (/[\s\p{Cc}]/u.test(value)) return this.check(false, value, field, `${expected} without spaces or control characters`);
    const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
    return this.check(scheme === undefined || scheme === 'http' || scheme === 'https', value, field, expected);
  }
}
