import type { MessageRef, ResolvedCookie } from '../../types';
import { ANALYTICS } from '../categories';
import type { IntegrationDefinition, IntegrationRuntime } from '../integration';

/** Options of `matomo`. */
export interface MatomoOptions {
  /** Where Matomo runs, e.g. `https://matomo.example.com/`. */
  readonly url: string;
  readonly siteId: number | string;
}

/** The Matomo base address (with a trailing slash), or `undefined` for anything but an http(s) address. */
export function matomoBase(url: unknown): URL | undefined {
  const text = String(url);
  try {
    const base = new URL(text.endsWith('/') ? text : `${text}/`);
    return base.protocol === 'https:' || base.protocol === 'http:' ? base : undefined;
  } catch {
    return undefined;
  }
}

const SITE_ID = /^\d{1,9}$/;
const months = (count: number): MessageRef => ({ message: 'durationMonths', count });
const minutes: MessageRef = { message: 'durationMinutes', count: 30 };
const whileChoiceKept: MessageRef = { message: 'whileChoiceKept' };

const COOKIES: readonly ResolvedCookie[] = [
  { name: '^_pk_id', duration: months(13), description: { message: 'visitorCookie' } },
  { name: '^_pk_ses', duration: minutes },
  { name: '^_pk_ref', duration: months(6) },
  { name: '^_pk_cvar', duration: minutes },
  { name: '^_pk_hsr', duration: minutes },
  // Matomo's own memory of consent and of its withdrawal; einlass makes both expire with its decision.
  // The withdrawal's stays: should matomo.js ever run without einlass (a snippet left behind), it refuses too.
  { name: 'mtm_consent', duration: whileChoiceKept, description: { message: 'matomoConsentCookie' } },
  { name: 'mtm_consent_removed', duration: whileChoiceKept, description: { message: 'matomoConsentRemovedCookie' }, keptOnRefusal: true },
];

/**
 * Matomo with its tracking-consent API: `requireConsent` is queued before `trackPageView`, matomo.js
 * loads only on consent, and withdrawal calls `forgetConsentGiven`. Matomo's own memories of both
 * (`mtm_consent`, `mtm_consent_removed`) expire with einlass's decision, not after Matomo's 30 years.
 */
function runMatomo({ url, siteId }: MatomoOptions): IntegrationRuntime {
  // The registry row's check has vouched for the address.
  const base = String(matomoBase(url)?.href);
  const queue = (context: { window: Record<string, unknown> }) => (context.window._paq ??= []) as unknown[][];
  return {
    name: 'matomo',
    setup: (context) => {
      queue(context).push(['requireConsent'], ['setTrackerUrl', `${base}matomo.php`], ['setSiteId', String(siteId)], ['trackPageView'], ['enableLinkTracking']);
    },
    grant: (context) => {
      // matomo.js runs setConsentGiven, unlike rememberConsentGiven, before the queued trackPageView:
      // one page view with its visitor id, instead of one without cookies and a ping after it.
      queue(context).push(['setConsentGiven'], ['rememberConsentGiven', context.hoursLeft()]);
      context.loadScript(`${base}matomo.js`);
    },
    revoke: (context) => {
      queue(context).push(['forgetConsentGiven', context.hoursLeft()]);
    },
  };
}

/** Matomo in the registry: its key in the script tag's config, its options' check, its category and runtime. */
export const matomoIntegration: IntegrationDefinition<MatomoOptions> = {
  key: 'matomo',
  options: ['url', 'siteId'],
  check: ({ url, siteId }) => [
    ...(matomoBase(url) ? [] : [{ field: 'url', code: 'address', got: url, args: { example: 'https://matomo.example.com/' } }]),
    ...(SITE_ID.test(String(siteId)) ? [] : [{ field: 'siteId', code: 'like', got: siteId, args: { example: 1 } }]),
  ],
  category: ANALYTICS,
  cookies: COOKIES,
  run: runMatomo,
  about: (options) => import('./about').then((m) => m.about(options)),
};
