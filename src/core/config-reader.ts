import type { Text } from '../types';

/**
 * What a config rule found wrong: the field, a short code for what was expected there, the value
 * it got and the code's parameters. The words for the codes live in `config-check.ts` alone, so a
 * page whose config is fine never fetches them.
 */
export interface Problem {
  readonly field: string;
  readonly code: string;
  readonly got?: unknown;
  readonly args?: Readonly<Record<string, string | number>>;
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/i;
/** A language code such as `de`, `en` or `de-AT`. */
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const DOMAIN = /^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads untrusted config input field by field, collecting problems instead of stopping at the first. */
export class ConfigReader {
  readonly problems: Problem[] = [];

  fail(field: string, code: string, got: unknown, args?: Problem['args']): void {
    this.problems.push({ field, code, got, args });
  }

  /** `value` when `ok`; otherwise records the problem and gives `undefined`. */
  check<T>(ok: boolean, value: T, field: string, code: string, args?: Problem['args']): T | undefined {
    if (ok) return value;
    this.fail(field, code, value, args);
    return undefined;
  }

  /** A plain object whose keys are all in `allowed` (any key when `allowed` is omitted). */
  object(field: string, value: unknown, allowed?: readonly string[]): Record<string, unknown> | undefined {
    if (!isRecord(value)) return this.check(false, value as Record<string, unknown>, field, 'object');
    for (const key of Object.keys(value)) {
      if (allowed && !allowed.includes(key)) this.fail(field ? `${field}.${key}` : key, 'key', key, { known: allowed.join(', ') });
    }
    return value;
  }

  array(field: string, value: unknown): readonly unknown[] | undefined {
    return this.check(Array.isArray(value), value as unknown[], field, 'array');
  }

  string(field: string, value: unknown, max = 2000): string | undefined {
    return this.check(typeof value === 'string' && value.length > 0 && value.length <= max, value as string, field, 'string', { max });
  }

  /** A machine name: letters, digits, `-` and `_`, as used in `data-category` and `data-service`. */
  name(field: string, value: unknown): string | undefined {
    return this.check(typeof value === 'string' && NAME.test(value), value as string, field, 'name');
  }

  boolean(field: string, value: unknown): boolean | undefined {
    return this.check(typeof value === 'boolean', value as boolean, field, 'boolean');
  }

  /** A switch of `top` (the config's top level): its default when absent, or on a problem. */
  flag(top: Readonly<Record<string, unknown>>, key: string, fallback: boolean): boolean {
    return top[key] === undefined ? fallback : (this.boolean(key, top[key]) ?? fallback);
  }

  /** A domain or host name (`.example.com`, `matomo.example.com`), reported with `code` when it is not one. */
  domain(field: string, value: unknown, code = 'domain'): string | undefined {
    const name = this.string(field, value, 253);
    return name === undefined || DOMAIN.test(name) ? name : this.check(false, name, field, code);
  }

  integer(field: string, value: unknown, min: number, max: number): number | undefined {
    const ok = Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    return this.check(ok, value as number, field, 'integer', { min, max });
  }

  /** A language code; given back in lower case. */
  lang(field: string, value: string): string | undefined {
    return this.check(LANG.test(value), value, field, 'lang')?.toLowerCase();
  }

  /** A string, or an object of strings keyed by language code. */
  text(field: string, value: unknown): Text | undefined {
    if (typeof value === 'string') return this.string(field, value);
    if (!isRecord(value) || Object.keys(value).length === 0) return this.check(false, value as Text, field, 'text');
    const texts: Record<string, string> = {};
    for (const [lang, text] of Object.entries(value)) {
      if (this.lang(`${field}.${lang}`, lang) !== undefined) texts[lang] = this.string(`${field}.${lang}`, text) ?? '';
    }
    return Object.freeze(texts);
  }

  /** An http(s) or relative address; `javascript:`, `data:` and every other scheme are refused. */
  url(field: string, value: unknown): string | undefined {
    if (typeof value !== 'string' || value === '' || value.length > 2000) return this.check(false, value as string, field, 'url');
    // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"), so none are allowed.
    if (/[\s\p{Cc}]/u.test(value)) return this.check(false, value, field, 'url-space');
    const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
    return this.check(scheme === undefined || scheme === 'http' || scheme === 'https', value, field, 'url');
  }
}
