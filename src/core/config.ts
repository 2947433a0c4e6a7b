import type { IntegrationAbout, ResolvedCategory, ResolvedConfig, ResolvedCookie, ResolvedService } from '../types';
import { ConfigReader, type Problem } from './config-reader';
import { readConsentMode } from './config-consent-mode';
import { INTERFACE_KEYS, readInterface } from './config-ui';
import { NECESSARY } from './grants';
import { MAX_CHOICES } from './record';

const DEFAULT_LIFETIME_DAYS = 182;
// Chromium caps cookie lifetimes at 400 days; a longer promise would be a lie.
const MAX_LIFETIME_DAYS = 400;
// No `%`: js-cookie would write it encoded, and the reader compares names as they are.
const COOKIE_NAME = /^[A-Za-z0-9!#$&'*+.^_`|~-]{1,64}$/;

const TOP_KEYS = ['revision', 'categories', 'services', 'cookie', 'gpc', 'privacyPolicy', 'imprint', 'reloadOnWithdraw', 'nonce', 'consentLog', 'consentMode', ...INTERFACE_KEYS];
const SERVICE_KEYS = ['name', 'category', 'title', 'provider', 'purpose', 'cookies', 'legalBasis', 'privacyPolicy', 'thirdCountry', 'hosts'];

/**
 * An integration as the normaliser sees it: its service's name, the category it joins, and what the
 * visitor reads about it (absent in the script tag's loader, which shows nothing of it).
 */
export type IntegrationInput = Pick<IntegrationAbout, 'category'> & Partial<Pick<IntegrationAbout, 'service'>> & {
  readonly name: string;
  readonly problems?: readonly Problem[] | undefined;
  /** Its vendor's cookies, known before its description (the loader deletes them when the service is refused). */
  readonly cookies?: readonly ResolvedCookie[];
};

/** The result of `normalise`: the config when it has no problem, else every problem found. */
export type Normalised = { readonly config: ResolvedConfig; readonly problems?: undefined } | { readonly config?: undefined; readonly problems: readonly Problem[] };

function readCookieInfo(r: ConfigReader, field: string, value: unknown): ResolvedCookie {
  const input = r.object(field, value, ['name', 'duration', 'description', 'domain']) ?? {};
  const name = r.string(`${field}.name`, input.name, 200);
  if (name?.startsWith('^')) {
    try {
      new RegExp(name);
    } catch {
      r.fail(`${field}.name`, 'regex', name);
    }
  }
  const domain = input.domain === undefined ? undefined : r.domain(`${field}.domain`, input.domain);
  return Object.freeze({
    name: name ?? '',
    duration: r.text(`${field}.duration`, input.duration) ?? '',
    description: input.description === undefined ? undefined : r.text(`${field}.description`, input.description),
    domain,
  });
}

function readCategories(r: ConfigReader, value: unknown, integrations: readonly IntegrationInput[]): Omit<ResolvedCategory, 'services'>[] {
  const categories: Omit<ResolvedCategory, 'services'>[] = (value === undefined ? [] : (r.array('categories', value) ?? [])).map((item, i) => {
    const field = `categories[${String(i)}]`;
    const input = r.object(field, item, ['name', 'title', 'description']) ?? {};
    return {
      name: r.name(`${field}.name`, input.name) ?? '',
      title: r.text(`${field}.title`, input.title) ?? '',
      description: input.description === undefined ? undefined : r.text(`${field}.description`, input.description),
      required: false,
    };
  });
  categories.forEach((c, i) => {
    if (categories.findIndex((other) => other.name === c.name) !== i) r.fail(`categories[${String(i)}].name`, 'unique-category', c.name);
  });
  for (const { category, service } of integrations) {
    if (!categories.some((c) => c.name === (service?.category ?? category.name))) categories.push({ description: undefined, ...category, required: false });
  }
  if (!categories.some((c) => c.name === NECESSARY)) {
    categories.unshift({ name: NECESSARY, title: { message: 'necessaryTitle' }, description: { message: 'necessaryDescription' }, required: false });
  }
  return categories.map((c) => ({ ...c, required: c.name === NECESSARY }));
}

/** One service: the config's own fields, over the defaults of the integration of that name. */
function readService(r: ConfigReader, field: string, value: unknown, integrations: readonly IntegrationInput[], categories: readonly string[]): ResolvedService {
  const input = r.object(field, value, SERVICE_KEYS) ?? {};
  const name = r.name(`${field}.name`, input.name) ?? '';
  const integration = integrations.find((x) => x.name === name);
  const own = integration && (integration.service ?? { category: integration.category.name, title: name, cookies: integration.cookies });
  const optional = <T>(key: string, read: (f: string, v: unknown) => T): T | undefined =>
    input[key] === undefined ? undefined : read(`${field}.${key}`, input[key]);
  const category = optional('category', (f, v) => r.name(f, v)) ?? own?.category ?? r.name(`${field}.category`, undefined) ?? '';
  if (category && !categories.includes(category)) r.fail(`${field}.category`, 'category', category, { known: categories.join(', ') });
  const necessary = category === NECESSARY;
  const legalBasis = input.legalBasis ?? own?.legalBasis ?? (necessary ? 'necessary' : 'consent');
  // EDPB cookie-banner taskforce: legitimate interest is no basis for non-essential cookies.
  if (legalBasis !== 'consent' && legalBasis !== 'necessary') r.fail(`${field}.legalBasis`, 'legal-basis', legalBasis);
  else if (legalBasis === 'necessary' && !necessary) r.fail(`${field}.legalBasis`, 'legal-basis-necessary', legalBasis);
  const cookies = optional('cookies', (f, v) => r.array(f, v))?.map((c, i) => readCookieInfo(r, `${field}.cookies[${String(i)}]`, c));
  const hosts = optional('hosts', (f, v) => r.array(f, v))?.map((h, i) => r.domain(`${field}.hosts[${String(i)}]`, h, 'host'));
  const thirdCountry = input.thirdCountry === false ? false : optional('thirdCountry', (f, v) => r.text(f, v));
  return Object.freeze({
    name,
    category,
    title: optional('title', (f, v) => r.text(f, v)) ?? own?.title ?? name,
    provider: optional('provider', (f, v) => r.text(f, v)) ?? own?.provider,
    purpose: optional('purpose', (f, v) => r.text(f, v)) ?? own?.purpose,
    cookies: Object.freeze(cookies ?? own?.cookies ?? []),
    legalBasis: legalBasis === 'necessary' ? 'necessary' : 'consent',
    privacyPolicy: optional('privacyPolicy', (f, v) => r.url(f, v)) ?? own?.privacyPolicy,
    thirdCountry: thirdCountry ?? own?.thirdCountry ?? false,
    hosts: Object.freeze((hosts ?? own?.hosts ?? []).filter((h): h is string => h !== undefined)),
    recipient: own?.recipient,
  });
}

function readServices(r: ConfigReader, value: unknown, integrations: readonly IntegrationInput[], categories: readonly string[]): ResolvedService[] {
  const list = value === undefined ? [] : (r.array('services', value) ?? []);
  const services = list.map((item, i) => readService(r, `services[${String(i)}]`, item, integrations, categories));
  for (const { name } of integrations) {
    if (!services.some((s) => s.name === name)) services.push(readService(r, name, { name }, integrations, categories));
  }
  services.forEach((s, i) => {
    if (s.name && (services.findIndex((o) => o.name === s.name) !== i || categories.includes(s.name))) r.fail(`services[${String(i)}].name`, 'unique-service', s.name);
  });
  return services;
}

/**
 * The one reader of a config, for the script tag's loader, its parts and npm alike: every default,
 * the order the consent record's bits follow, and each integration's service and category merged in.
 * A config it cannot vouch for gives its problems and no config, so nothing is ever granted on one.
 * @example normalise({ categories: [{ name: 'analytics', title: 'Statistik' }] }).config?.cookie.lifetimeDays // 182
 */
export function normalise(input: unknown, integrations: readonly IntegrationInput[] = []): Normalised {
  const r = new ConfigReader();
  const top = r.object('', input, TOP_KEYS);
  if (!top) return { problems: r.problems.map((p) => ({ ...p, field: 'config' })) };
  const cookie = top.cookie === undefined ? {} : (r.object('cookie', top.cookie, ['name', 'domain', 'lifetimeDays']) ?? {});
  const domain = cookie.domain === undefined ? undefined : r.domain('cookie.domain', cookie.domain);
  const name = cookie.name === undefined ? 'einlass' : r.string('cookie.name', cookie.name, 64);
  if (name !== undefined && !COOKIE_NAME.test(name)) r.fail('cookie.name', 'cookie-name', name);
  // The browser refuses a __Host- cookie with a Domain: that is what keeps sibling hosts from setting it.
  if (name?.startsWith('__Host-') && domain !== undefined) r.fail('cookie.domain', 'host-prefix', domain);
  const categories = readCategories(r, top.categories, integrations);
  const categoryNames = categories.map((c) => c.name);
  const services = readServices(r, top.services, integrations, categoryNames);
  const choices = categories.length + services.length;
  if (choices > MAX_CHOICES) r.fail('services', 'choices', choices, { max: MAX_CHOICES });
  const optionalUrl = (key: string) => (top[key] === undefined ? undefined : r.url(key, top[key]));
  const config: ResolvedConfig = {
    revision: top.revision === undefined ? 0 : (r.integer('revision', top.revision, 0, 2 ** 31 - 1) ?? 0),
    categories: Object.freeze(categories.map((c) => Object.freeze({ ...c, services: Object.freeze(services.filter((s) => s.category === c.name).map((s) => s.name)) }))),
    services: Object.freeze(services),
    cookie: Object.freeze({
      name: name ?? 'einlass',
      domain,
      lifetimeDays: cookie.lifetimeDays === undefined ? DEFAULT_LIFETIME_DAYS : (r.integer('cookie.lifetimeDays', cookie.lifetimeDays, 1, MAX_LIFETIME_DAYS) ?? 1),
    }),
    gpc: r.flag(top, 'gpc', true),
    privacyPolicy: optionalUrl('privacyPolicy'),
    imprint: optionalUrl('imprint'),
    reloadOnWithdraw: r.flag(top, 'reloadOnWithdraw', true),
    ...readInterface(r, top),
    consentLog: optionalUrl('consentLog'),
    consentMode: readConsentMode(r, top.consentMode, [...categoryNames, ...services.map((s) => s.name)]),
    nonce: top.nonce === undefined ? undefined : r.check(typeof top.nonce === 'string' && /^[\w+/-]{1,198}={0,2}$/.test(top.nonce), top.nonce as string, 'nonce', 'nonce'),
  };
  return r.problems.length > 0 ? { problems: r.problems } : { config: Object.freeze(config) };
}
