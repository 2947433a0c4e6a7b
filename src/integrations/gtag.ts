import { SIGNALS } from '../core/config-consent-mode';
import { grantNone } from '../core/grants';
import type { ConsentSignal, Grants } from '../types';
import type { IntegrationContext } from './integration';

type Gtag = (...args: unknown[]) => void;
type Signals = Record<ConsentSignal, 'granted' | 'denied'>;
// Kept per dataLayer: the queue is what gtag.js and gtm.js read, whoever created it.
const defaulted = new WeakSet<unknown[]>();
const loaded = new WeakSet<unknown[]>();
const lastSignals = new WeakMap<unknown[], string>();

/** The page's dataLayer, created when missing: gtag's commands and Tag Manager's events share it. */
export function dataLayerOf(context: IntegrationContext): unknown[] {
  return (context.window.dataLayer ??= []) as unknown[];
}

/**
 * The category or service whose consent grants each signal: the Google integrations' own services;
 * the config's `consentMode.signals` over them. Tag Manager's container fires tags einlass does not
 * know, so its category stands in only when the visitor read of nothing else there: a category
 * holding Tag Manager alone. Remarketing (`ad_personalization`) never has a stand-in: it needs a
 * service that says so. No source: always denied.
 */
function sourcesOf({ config }: IntegrationContext): Partial<Record<ConsentSignal, string>> {
  const has = (name: string) => config.services.some((s) => s.name === name);
  const stand = (category: string) => {
    const services = config.categories.find((c) => c.name === category)?.services;
    return services?.length === 1 && services[0] === 'google-tag-manager' ? category : undefined;
  };
  const ads = has('google-ads') ? 'google-ads' : stand('marketing');
  return {
    analytics_storage: has('google-analytics') ? 'google-analytics' : stand('analytics'),
    ad_storage: ads,
    ad_user_data: ads,
    ad_personalization: has('google-ads-remarketing') ? 'google-ads-remarketing' : undefined,
    ...config.consentMode.signals,
  };
}

function signalsFor(context: IntegrationContext, grants: Grants): Signals {
  const sources = sourcesOf(context);
  const granted = (signal: ConsentSignal) => {
    const source = sources[signal];
    return source !== undefined && (grants.services[source] ?? grants.categories[source]) === true;
  };
  return Object.fromEntries(SIGNALS.map((s) => [s, granted(s) ? 'granted' : 'denied'])) as Signals;
}

/**
 * The Google tag queue, shared by Analytics, Ads and Tag Manager. Consent Mode v2's `default`
 * (everything denied but what the necessary category grants; then the regions' own) is its first
 * entry, pushed before einlass queues any other command or loads any Google script.
 */
export function gtagQueue(context: IntegrationContext): Gtag {
  const dataLayer = dataLayerOf(context);
  const win = context.window;
  if (typeof win.gtag !== 'function') {
    // gtag.js reads Arguments objects from the dataLayer, not arrays.
    win.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      (win.dataLayer as unknown[]).push(arguments);
    };
  }
  const gtag = win.gtag as Gtag;
  if (!defaulted.has(dataLayer)) {
    defaulted.add(dataLayer);
    const mode = context.config.consentMode;
    const strict = signalsFor(context, grantNone(context.config));
    gtag('consent', 'default', { ...strict, wait_for_update: 500 });
    for (const { region, granted } of mode.regions) {
      gtag('consent', 'default', { ...strict, ...Object.fromEntries(granted.map((s) => [s, 'granted'])), region });
    }
    if (mode.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
    if (mode.urlPassthrough) {
      gtag('set', 'url_passthrough', true);
      console.warn('einlass: consentMode.urlPassthrough decorates links with ad click ids before consent, which the EDPB (Guidelines 2/2023) counts as tracking.');
    }
    if (mode.sendDataBeforeConsent) console.warn("einlass: consentMode.sendDataBeforeConsent loads Google's tags before consent (advanced mode); see the README before you keep it.");
  }
  return gtag;
}

/**
 * Pushes Consent Mode's `update` for every decision (a stored one at the start included) and every
 * change after it, once per change whichever integration asks. Even a refusal that equals the
 * strict default is pushed: a region default may have granted what the visitor refused.
 */
export function updateSignals(context: IntegrationContext, grants: Grants): void {
  const gtag = gtagQueue(context);
  const signals = signalsFor(context, grants);
  const key = JSON.stringify(signals);
  const dataLayer = dataLayerOf(context);
  if (!lastSignals.has(dataLayer) && !context.decided()) return;
  if (lastSignals.get(dataLayer) === key) return;
  lastSignals.set(dataLayer, key);
  gtag('consent', 'update', signals);
}

/** Requests gtag.js at most once per page, whichever Google integration comes first; later ones add their own `config`. */
export function loadGtag(context: IntegrationContext, id: string): void {
  const dataLayer = dataLayerOf(context);
  if (loaded.has(dataLayer)) return;
  loaded.add(dataLayer);
  gtagQueue(context)('js', new Date());
  context.loadScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`);
}
