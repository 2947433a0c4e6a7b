import type { CookieInfo, ResolvedConfig } from '../types';

/** The category that is always on. */
export const NECESSARY = 'necessary';

/**
 * What the script-tag loader needs of a config to apply a stored decision: names in the order the
 * record's bits follow, and the few settings that act on the page. `ResolvedConfig` is one too.
 */
export interface ConfigShape {
  readonly revision: number;
  readonly categories: readonly { readonly name: string; readonly required: boolean; readonly services: readonly string[] }[];
  /** Cookies are known once the whole config is (they are only needed on withdrawal). */
  readonly services: readonly { readonly name: string; readonly category: string; readonly cookies?: readonly CookieInfo[] }[];
  readonly cookie: ResolvedConfig['cookie'];
  readonly reloadOnWithdraw: boolean;
  readonly floatingButton: boolean;
  readonly language: string | undefined;
  readonly texts: ResolvedConfig['texts'];
  readonly nonce: string | undefined;
  readonly consentLog: string | undefined;
}

type Input = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Input => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): readonly Input[] | undefined => (value === undefined ? [] : Array.isArray(value) && value.every(isObject) ? value : undefined);
const whole = (value: unknown, fallback: number, min: number, max: number): number | undefined => {
  const n = value ?? fallback;
  return Number.isInteger(n) && (n as number) >= min && (n as number) <= max ? (n as number) : undefined;
};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Reads the names and settings the loader acts on, in exactly the order `resolveConfig` gives them
 * after `withIntegrations`, without the validator and its messages. Anything it does not understand
 * gives `undefined`: the loader then leaves the config to the full validator in the interface part.
 */
export function readShape(input: unknown, integrations: readonly { readonly name: string; readonly category: string }[]): ConfigShape | undefined {
  if (!isObject(input)) return undefined;
  const categoryList = list(input.categories);
  const serviceList = list(input.services);
  const cookie = input.cookie ?? {};
  const revision = whole(input.revision, 0, 0, 2 ** 31 - 1);
  if (!categoryList || !serviceList || !isObject(cookie) || revision === undefined) return undefined;
  const lifetimeDays = whole(cookie.lifetimeDays, 182, 1, 400);
  const cookieName = cookie.name ?? 'einlass';
  const categories = categoryList.map((c) => c.name);
  const services = serviceList.map((s) => ({ name: s.name, category: s.category }));
  for (const integration of integrations) {
    if (!categories.includes(integration.category)) categories.push(integration.category);
    const own = services.find((s) => s.name === integration.name);
    if (own) own.category ??= integration.category;
    else services.push({ ...integration });
  }
  if (!categories.includes(NECESSARY)) categories.unshift(NECESSARY);
  const names = [...categories, ...services.map((s) => s.name)];
  const wellFormed =
    names.every((name) => typeof name === 'string' && name !== '') &&
    new Set(names).size === names.length &&
    services.every((s) => categories.includes(s.category)) &&
    lifetimeDays !== undefined &&
    typeof cookieName === 'string' &&
    (cookie.domain === undefined || typeof cookie.domain === 'string');
  if (!wellFormed) return undefined;
  return {
    revision,
    categories: (categories as string[]).map((name) => ({
      name,
      required: name === NECESSARY,
      services: services.filter((s) => s.category === name).map((s) => s.name as string),
    })),
    services: services as { name: string; category: string }[],
    cookie: { name: cookieName, domain: cookie.domain as string | undefined, lifetimeDays },
    reloadOnWithdraw: input.reloadOnWithdraw !== false,
    floatingButton: input.floatingButton !== false,
    language: text(input.language),
    texts: isObject(input.texts) ? (input.texts as ResolvedConfig['texts']) : {},
    nonce: text(input.nonce),
    consentLog: text(input.consentLog),
  };
}
