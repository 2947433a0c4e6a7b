import type { ResolvedConfig } from '../types';
import { normalise, type IntegrationInput } from './config';
import type { Problem } from './config-reader';

/** One thing wrong with a config: where, what was expected there, what it got, and the rule's code. */
export interface ConfigProblem {
  readonly field: string;
  readonly expected: string;
  /** The value found, described (`"yes"`, `an array`); absent where the rule names no value. */
  readonly got?: string;
  readonly code: string;
}

type Words = (args: Readonly<Record<string, string | number>>) => string;

// The only wording of the config rules. Only a failing config (or npm) loads this table.
const EXPECTED: Readonly<Record<string, Words>> = {
  object: () => 'an object',
  key: (a) => `one of the known keys (${String(a.known)})`,
  array: () => 'an array',
  string: (a) => `a non-empty string of at most ${String(a.max)} characters`,
  name: () => 'a name of 1–40 letters, digits, "-" or "_"',
  boolean: () => 'true or false',
  integer: (a) => `a whole number from ${String(a.min)} to ${String(a.max)}`,
  lang: () => 'a language code such as "de" or "en"',
  languages: () => 'a non-empty list of language codes such as ["de", "en"]',
  'shipped-language': (a) => `one of the languages einlass ships (${String(a.known)})`,
  'offered-language': (a) => `one of the languages the site offers (${String(a.known)}); add it to "languages" or remove the key`,
  text: () => 'a string or an object of strings by language ({ "de": "…", "en": "…" })',
  url: () => 'an http(s) or relative address',
  'url-space': () => 'an http(s) or relative address without spaces or control characters',
  address: (a) => `an http(s) address such as ${JSON.stringify(a.example)}`,
  like: (a) => `a value such as ${String(a.example)}`,
  regex: () => 'a valid regular expression',
  domain: () => 'a domain such as ".example.com"',
  host: () => 'a host name such as "matomo.example.com"',
  'cookie-name': () => "a cookie name of letters, digits and !#$&'*+.^_`|~-",
  'host-prefix': () => 'no cookie.domain with a __Host- cookie.name, which the browser keeps host-only',
  choices: (a) => `at most ${String(a.max)} categories and services together (the consent cookie holds one bit for each)`,
  'unique-category': () => 'a name not used before',
  'unique-service': () => 'a name used by no other service or category',
  category: (a) => `one of the categories (${String(a.known)})`,
  'legal-basis': () => '"consent" or, in the necessary category only, "necessary"',
  'legal-basis-necessary': () => '"consent" outside the necessary category',
  theme: () => '"light", "dark" or "auto"',
  'floating-button': () => 'true, false, "left" or "right"',
  signal: (a) => `a Consent Mode signal (${String(a.known)})`,
  'signal-source': (a) => `a category or service of the config (${String(a.known)})`,
  region: () => 'an ISO 3166 region code such as "US" or "US-CA"',
  nonce: () => 'a CSP nonce as CSP reads one: 1–200 letters, digits, "+", "/", "-" or "_", ending in at most two "="',
  integrations: (a) => `an object with any of ${String(a.known)}`,
  integration: (a) => `one of ${String(a.known)}`,
  'integration-options': () => 'an object of options, or true',
  'integrations-npm': () => 'integrations passed to createConsent(config, { integrations: [matomo({ … })] }) (only the script tag reads them from the config)',
};

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Words the problems `normalise` and the integrations' checks report. */
export function word(problems: readonly Problem[]): ConfigProblem[] {
  return problems.map((problem) => {
    const { field, code, args = {} } = problem;
    const expected = (EXPECTED[code] ?? (() => code))(args);
    return 'got' in problem ? { field, code, expected, got: describe(problem.got) } : { field, code, expected };
  });
}

/** Thrown for an invalid config; `problems` lists every field at fault. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly Problem[]) {
    const worded = word(problems);
    super(`einlass: invalid config\n${worded.map((p) => `  ${p.field}: expected ${p.expected}${p.got === undefined ? '' : `, got ${p.got}`}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = worded;
  }
}

/**
 * Validates a config and fills in every default: `normalise`, throwing a `ConfigError` that names
 * each field at fault.
 * @example resolveConfig({ categories: [{ name: 'analytics', title: 'Statistics' }] })
 */
export function resolveConfig(input: unknown, integrations: readonly IntegrationInput[] = []): ResolvedConfig {
  // The script tag reads this key itself; from npm, integrations are functions passed as an option.
  const listed = typeof input === 'object' && input !== null && 'integrations' in input;
  const { integrations: got, ...rest } = listed ? input : { integrations: undefined };
  // An integration whose options are at fault carries its problems (integrations/define.ts): all are reported together.
  const theirs = integrations.flatMap((i) => i.problems ?? []);
  const { config, problems = [] } = normalise(listed ? rest : input, integrations.filter((i) => !i.problems));
  if (config && !listed && theirs.length === 0) return config;
  throw new ConfigError([...(listed ? [{ field: 'integrations', code: 'integrations-npm', got }] : []), ...theirs, ...problems]);
}
