import type { CategoryConfig, Text, CookieInfo, ResolvedCategory, ResolvedConfig, ResolvedService } from '../types';
import { ConfigError, ConfigReader } from './config-reader';
import { INTERFACE_KEYS, readInterface } from './config-ui';
import { NECESSARY } from './shape';


const DEFAULT_LIFETIME_DAYS = 182;
// Chromium caps cookie lifetimes at 400 days; a longer promise would be a lie.
const MAX_LIFETIME_DAYS = 400;
const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
const DOMAIN = /^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

const NECESSARY_DEFAULT: CategoryConfig & { description: Text } = {
  name: NECESSARY,
  title: { en: 'Necessary', de: 'Notwendig' },
  description: {
    en: 'Needed for the site to work, such as remembering this choice. Always on.',
    de: 'Für den Betrieb der Website nötig, etwa um diese Auswahl zu speichern. Immer aktiv.',
  },
};

const TOP_KEYS = ['revision', 'categories', 'services', 'cookie', 'gpc', 'privacyPolicy', 'imprint', 'reloadOnWithdraw', 'nonce', 'consentLog', ...INTERFACE_KEYS];
const CATEGORY_KEYS = ['name', 'title', 'description'];
const SERVICE_KEYS = ['name', 'category', 'title', 'provider', 'purpose', 'cookies', 'legalBasis', 'privacyPolicy', 'thirdCountry', 'hosts'];
const COOKIE_INFO_KEYS = ['name', 'duration', 'description', 'domain'];

function readCookieInfo(r: ConfigReader, field: string, value: unknown): CookieInfo | undefined {
  const input = r.object(field, value, COOKIE_INFO_KEYS);
  if (!input) return undefined;
  const name = r.string(`${field}.name`, input.name, 200);
  if (name?.startsWith('^')) {
    try {
      new RegExp(name);
    } catch {
      r.fail(`${field}.name`, 'a valid regular expression', name);
    }
  }
  const domain = input.domain === undefined ? undefined : r.string(`${field}.domain`, input.domain, 253);
  if (domain !== undefined && !DOMAIN.test(domain)) r.fail(`${field}.domain`, 'a domain such as ".example.com"', domain);
  return Object.freeze({
    name: name ?? '',
    duration: r.text(`${field}.duration`, input.duration) ?? '',
    description: input.description === undefined ? undefined : r.text(`${field}.description`, input.description),
    domain,
  });
}

function readCategories(r: ConfigReader, value: unknown): { name: string; title: CategoryConfig['title']; description: CategoryConfig['description'] }[] {
  const list = value === undefined ? [] : (r.array('categories', value) ?? []);
  const categories = list.map((item, i) => {
    const field = `categories[${String(i)}]`;
    const input = r.object(field, item, CATEGORY_KEYS) ?? {};
    return {
      name: r.name(`${field}.name`, input.name) ?? '',
      title: r.text(`${field}.title`, input.title) ?? '',
      description: input.description === undefined ? undefined : r.text(`${field}.description`, input.description),
    };
  });
  categories.forEach((c, i) => {
    if (categories.findIndex((other) => other.name === c.name) !== i) r.fail(`categories[${String(i)}].name`, 'a name not used before', c.name);
  });
  if (!categories.some((c) => c.name === NECESSARY)) categories.unshift({ ...NECESSARY_DEFAULT });
  return categories;
}

function readService(r: ConfigReader, field: string, value: unknown, categories: readonly string[]): ResolvedService {
  const input = r.object(field, value, SERVICE_KEYS) ?? {};
  const name = r.name(`${field}.name`, input.name) ?? '';
  const category = r.name(`${field}.category`, input.category) ?? '';
  if (category && !categories.includes(category)) r.fail(`${field}.category`, `one of the categories (${categories.join(', ')})`, category);
  const necessary = category === NECESSARY;
  const legalBasis = input.legalBasis ?? (necessary ? 'necessary' : 'consent');
  if (legalBasis !== 'consent' && legalBasis !== 'necessary') {
    // EDPB cookie-banner taskforce: legitimate interest is no basis for non-essential cookies.
    r.fail(`${field}.legalBasis`, '"consent" or, in the necessary category only, "necessary"', legalBasis);
  } else if (legalBasis === 'necessary' && !necessary) {
    r.fail(`${field}.legalBasis`, '"consent" outside the necessary category', legalBasis);
  }
  const optional = <T>(key: string, read: (f: string, v: unknown) => T): T | undefined =>
    input[key] === undefined ? undefined : read(`${field}.${key}`, input[key]);
  const cookies = (optional('cookies', (f, v) => r.array(f, v)) ?? []).map((c, i) => readCookieInfo(r, `${field}.cookies[${String(i)}]`, c));
  const thirdCountry = input.thirdCountry === false ? false : optional('thirdCountry', (f, v) => r.text(f, v));
  const hosts = (optional('hosts', (f, v) => r.array(f, v)) ?? []).map((h, i) => {
    const host = r.string(`${field}.hosts[${String(i)}]`, h, 253);
    return host !== undefined && !DOMAIN.test(host) ? r.check(false, host, `${field}.hosts[${String(i)}]`, 'a host name such as "matomo.example.com"') : host;
  });
  return Object.freeze({
    name,
    category,
    title: optional('title', (f, v) => r.text(f, v)) ?? name,
    provider: optional('provider', (f, v) => r.text(f, v)),
    purpose: optional('purpose', (f, v) => r.text(f, v)),
    cookies: Object.freeze(cookies.filter((c): c is CookieInfo => c !== undefined)),
    legalBasis: legalBasis === 'necessary' ? 'necessary' : 'consent',
    privacyPolicy: optional('privacyPolicy', (f, v) => r.url(f, v)),
    thirdCountry: thirdCountry ?? false,
    hosts: Object.freeze(hosts.filter((h): h is string => h !== undefined)),
  });
}

/**
 * Validates a config once and fills in every default. Throws a `ConfigError` naming each field at fault.
 * @example resolveConfig({ categories: [{ name: 'analytics', title: 'Statistics' }] })
 */
export function resolveConfig(input: unknown): ResolvedConfig {
  const r = new ConfigReader();
  const top = r.object('', input, TOP_KEYS);
  if (!top) throw new ConfigError(r.problems.map((p) => ({ ...p, field: 'config' })));
  // The script tag reads this key itself; from npm, integrations are functions passed as an option.
  if ('integrations' in top) {
    const generic = r.problems.findIndex((p) => p.field === 'integrations');
    if (generic >= 0) r.problems.splice(generic, 1);
    r.fail('integrations', 'integrations passed to createConsent(config, { integrations: [matomo({ … })] }) (only the script tag reads them from the config)', top.integrations);
  }
  const cookie = top.cookie === undefined ? {} : (r.object('cookie', top.cookie, ['name', 'domain', 'lifetimeDays']) ?? {});
  const domain = cookie.domain === undefined ? undefined : r.string('cookie.domain', cookie.domain, 253);
  if (domain !== undefined && !DOMAIN.test(domain)) r.fail('cookie.domain', 'a domain such as "example.com"', domain);
  const cookieName = cookie.name === undefined ? 'einlass' : r.string('cookie.name', cookie.name, 64);
  if (cookieName !== undefined && !COOKIE_NAME.test(cookieName)) r.fail('cookie.name', 'a cookie name of letters, digits and !#$%&\'*+.^_`|~-', cookieName);

  const categories = readCategories(r, top.categories);
  const categoryNames = categories.map((c) => c.name);
  const services = (top.services === undefined ? [] : (r.array('services', top.services) ?? [])).map((s, i) =>
    readService(r, `services[${String(i)}]`, s, categoryNames),
  );
  services.forEach((s, i) => {
    if (s.name && (services.findIndex((o) => o.name === s.name) !== i || categoryNames.includes(s.name))) {
      r.fail(`services[${String(i)}].name`, 'a name used by no other service or category', s.name);
    }
  });
  const config: ResolvedConfig = {
    revision: top.revision === undefined ? 0 : (r.integer('revision', top.revision, 0, 2 ** 31 - 1) ?? 0),
    categories: categories.map(
      (c): ResolvedCategory =>
        Object.freeze({
          ...c,
          required: c.name === NECESSARY,
          services: Object.freeze(services.filter((s) => s.category === c.name).map((s) => s.name)),
        }),
    ),
    services,
    cookie: Object.freeze({
      name: cookieName ?? 'einlass',
      domain,
      lifetimeDays: cookie.lifetimeDays === undefined ? DEFAULT_LIFETIME_DAYS : (r.integer('cookie.lifetimeDays', cookie.lifetimeDays, 1, MAX_LIFETIME_DAYS) ?? 1),
    }),
    gpc: top.gpc === undefined ? true : (r.boolean('gpc', top.gpc) ?? true),
    privacyPolicy: top.privacyPolicy === undefined ? undefined : r.url('privacyPolicy', top.privacyPolicy),
    imprint: top.imprint === undefined ? undefined : r.url('imprint', top.imprint),
    reloadOnWithdraw: top.reloadOnWithdraw === undefined ? true : (r.boolean('reloadOnWithdraw', top.reloadOnWithdraw) ?? true),
    ...readInterface(r, top),
    consentLog: top.consentLog === undefined ? undefined : r.url('consentLog', top.consentLog),
    nonce: top.nonce === undefined ? undefined : r.check(typeof top.nonce === 'string' && /^[\w+/=-]{8,200}$/.test(top.nonce), top.nonce as string, 'nonce', 'a CSP nonce of letters, digits and +/=_-'),
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return Object.freeze({ ...config, categories: Object.freeze(config.categories), services: Object.freeze(services) });
}
