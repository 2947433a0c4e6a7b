import type { IntegrationRuntime } from '../integration';

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

export const SITE_ID = /^\d{1,9}$/;

/**
 * Matomo with its tracking-consent API: `requireConsent` is queued before `trackPageView`, matomo.js
 * loads only on consent, `rememberConsentGiven` lasts as long as einlass's consent (Matomo's own
 * default is 30 years), and withdrawal calls `forgetConsentGiven`.
 */
export function runMatomo({ url, siteId }: MatomoOptions): IntegrationRuntime {
  const base = matomoBase(url);
  if (!base || !SITE_ID.test(String(siteId))) throw new TypeError('einlass: matomo: invalid options');
  const queue = (context: { window: Record<string, unknown> }) => (context.window._paq ??= []) as unknown[][];
  return {
    name: 'matomo',
    setup: (context) => {
      queue(context).push(['requireConsent'], ['setTrackerUrl', `${base.href}matomo.php`], ['setSiteId', String(siteId)], ['trackPageView'], ['enableLinkTracking']);
    },
    grant: (context) => {
      queue(context).push(['rememberConsentGiven', context.lifetimeDays * 24]);
      context.loadScript(`${base.href}matomo.js`);
    },
    revoke: (context) => {
      queue(context).push(['forgetConsentGiven']);
    },
  };
}
