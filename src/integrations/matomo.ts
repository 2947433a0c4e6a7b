import type { Integration } from './integration';
import { ANALYTICS } from './texts';

/** Options of `matomo`. */
export interface MatomoOptions {
  /** Where Matomo runs, e.g. `https://matomo.example.com/`. */
  readonly url: string;
  readonly siteId: number | string;
}

/**
 * Matomo with its tracking-consent API: `requireConsent` is queued before `trackPageView`, matomo.js
 * loads only on consent, `rememberConsentGiven` lasts as long as einlass's consent (Matomo's own
 * default is 30 years), and withdrawal calls `forgetConsentGiven` and deletes the `_pk_` cookies.
 */
export function matomo({ url, siteId }: MatomoOptions): Integration {
  let base: URL;
  try {
    base = new URL(url.endsWith('/') ? url : `${url}/`);
  } catch {
    throw new TypeError(`einlass: matomo: url: expected an https address such as "https://matomo.example.com/", got ${JSON.stringify(url)}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new TypeError(`einlass: matomo: url: expected an http(s) address, got ${JSON.stringify(url)}`);
  if (!/^\d{1,9}$/.test(String(siteId))) throw new TypeError(`einlass: matomo: siteId: expected a number such as 1, got ${JSON.stringify(siteId)}`);
  const queue = (context: { window: Record<string, unknown> }) => (context.window._paq ??= []) as unknown[][];
  return {
    name: 'matomo',
    category: ANALYTICS,
    service: {
      category: ANALYTICS.name,
      title: 'Matomo',
      provider: { de: 'Betreiber dieser Website (eigener Matomo-Server)', en: 'The operator of this website (its own Matomo server)' },
      purpose: { de: 'Reichweitenmessung: welche Seiten wie oft besucht werden', en: 'Audience measurement: which pages are visited and how often' },
      hosts: [base.hostname],
      cookies: [
        { name: '^_pk_id', duration: { de: '13 Monate', en: '13 months' }, description: { de: 'Unterscheidet Besucher', en: 'Tells visitors apart' } },
        { name: '^_pk_ses', duration: { de: '30 Minuten', en: '30 minutes' } },
        { name: '^_pk_ref', duration: { de: '6 Monate', en: '6 months' } },
        { name: '^_pk_cvar', duration: { de: '30 Minuten', en: '30 minutes' } },
        { name: '^_pk_hsr', duration: { de: '30 Minuten', en: '30 minutes' } },
      ],
    },
    setup: (context) => {
      const paq = queue(context);
      paq.push(['requireConsent'], ['setTrackerUrl', `${base.href}matomo.php`], ['setSiteId', String(siteId)], ['trackPageView'], ['enableLinkTracking']);
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
