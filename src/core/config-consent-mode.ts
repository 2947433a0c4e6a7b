import type { ConfigReader } from './config-reader';

/** A Google Consent Mode v2 signal. */
export type ConsentSignal = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage';

/** Google Consent Mode, for sites with Google Analytics, Google Ads or Tag Manager. Every default is the strict one. */
export interface ConsentModeOptions {
  /**
   * Defaults for visitors outside the EEA, by ISO 3166 code: `[{ "region": ["US"], "granted": ["analytics_storage"] }]`.
   * A region not listed gets everything denied until the visitor decides.
   */
  readonly regions?: readonly { readonly region: readonly string[]; readonly granted?: readonly ConsentSignal[] }[];
  /** Which category or service grants a signal, over einlass's mapping: `{ "security_storage": "necessary" }`. */
  readonly signals?: Readonly<Partial<Record<ConsentSignal, string>>>;
  /** Redact ad click identifiers while `ad_storage` is denied (default true). */
  readonly adsDataRedaction?: boolean;
  /** Pass ad click information in link URLs while `ad_storage` is denied (default false; it decorates links before consent). */
  readonly urlPassthrough?: boolean;
  /** Google's "advanced" mode: its tags load before consent and send cookieless pings. Default false; see the README before you turn it on. */
  readonly sendDataBeforeConsent?: boolean;
  /** Also push the dataLayer events Cookiebot pushes (`cookie_consent_update`, `cookie_consent_statistics`, …), for a container built for it (default false). */
  readonly cookiebotEvents?: boolean;
}

/** `consentMode` after validation. */
export interface ConsentModeConfig {
  readonly regions: readonly { readonly region: readonly string[]; readonly granted: readonly ConsentSignal[] }[];
  readonly signals: Readonly<Partial<Record<ConsentSignal, string>>>;
  readonly adsDataRedaction: boolean;
  readonly urlPassthrough: boolean;
  readonly sendDataBeforeConsent: boolean;
  readonly cookiebotEvents: boolean;
}

/** Google Consent Mode v2's signals, in the order its documentation lists them. */
export const SIGNALS: readonly ConsentSignal[] = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage',
];
const KEYS = ['regions', 'signals', 'adsDataRedaction', 'urlPassthrough', 'sendDataBeforeConsent', 'cookiebotEvents'];
// ISO 3166-1 alpha-2, optionally with a 3166-2 subdivision: "US", "US-CA".
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/**
 * Reads `consentMode`: region defaults for non-EEA traffic, which category or service grants each
 * signal, and Google's switches. `names` are the config's categories and services, which `signals`
 * may name. Every default is the strict one: a region not listed gets everything denied.
 */
export function readConsentMode(r: ConfigReader, value: unknown, names: readonly string[]): ConsentModeConfig {
  const input = value === undefined ? {} : (r.object('consentMode', value, KEYS) ?? {});
  const signal = (field: string, item: unknown) => r.check(SIGNALS.includes(item as ConsentSignal), item as ConsentSignal, field, 'signal', { known: SIGNALS.join(', ') });
  const regions = (input.regions === undefined ? [] : (r.array('consentMode.regions', input.regions) ?? [])).map((item, i) => {
    const field = `consentMode.regions[${String(i)}]`;
    const entry = r.object(field, item, ['region', 'granted']) ?? {};
    const region = (r.array(`${field}.region`, entry.region) ?? []).map((code, j) => r.check(typeof code === 'string' && REGION.test(code), code as string, `${field}.region[${String(j)}]`, 'region'));
    const granted = (entry.granted === undefined ? [] : (r.array(`${field}.granted`, entry.granted) ?? [])).map((s, j) => signal(`${field}.granted[${String(j)}]`, s));
    return Object.freeze({ region: Object.freeze(region.filter((c) => c !== undefined)), granted: Object.freeze(granted.filter((s) => s !== undefined)) });
  });
  const signals: Partial<Record<ConsentSignal, string>> = {};
  for (const [key, source] of Object.entries(input.signals === undefined ? {} : (r.object('consentMode.signals', input.signals) ?? {}))) {
    const field = `consentMode.signals.${key}`;
    if (signal(field, key) && r.check(typeof source === 'string' && names.includes(source), source as string, field, 'signal-source', { known: names.join(', ') })) {
      signals[key as ConsentSignal] = source as string;
    }
  }
  const flag = (key: string, fallback: boolean) => (input[key] === undefined ? fallback : (r.boolean(`consentMode.${key}`, input[key]) ?? fallback));
  return Object.freeze({
    regions: Object.freeze(regions),
    signals: Object.freeze(signals),
    adsDataRedaction: flag('adsDataRedaction', true),
    urlPassthrough: flag('urlPassthrough', false),
    sendDataBeforeConsent: flag('sendDataBeforeConsent', false),
    cookiebotEvents: flag('cookiebotEvents', false),
  });
}
