import type { Integration } from './integration';
import { gtagQueue, loadGtag } from './gtag';
import { ANALYTICS, BY_GOOGLE } from './texts';

/** Options of `googleAnalytics`. */
export interface GoogleAnalyticsOptions {
  /** The measurement id, `G-XXXXXXXXXX`. */
  readonly id: string;
}

/**
 * Google Analytics 4 in Consent Mode v2 "basic": gtag.js loads only after consent; withdrawal
 * denies `analytics_storage`, sets the `ga-disable-<id>` opt-out and deletes the `_ga` cookies.
 * @example createConsent(config, { integrations: [googleAnalytics({ id: 'G-XXXXXXXXXX' })] })
 */
export function googleAnalytics({ id }: GoogleAnalyticsOptions): Integration {
  if (!/^G-[A-Z0-9]{4,20}$/.test(id)) throw new TypeError(`einlass: googleAnalytics: id: expected a measurement id such as "G-XXXXXXXXXX", got ${JSON.stringify(id)}`);
  return {
    name: 'google-analytics',
    category: ANALYTICS,
    service: {
      category: ANALYTICS.name,
      title: 'Google Analytics',
      ...BY_GOOGLE,
      purpose: { de: 'Reichweitenmessung: welche Seiten wie oft und wie lange besucht werden', en: 'Audience measurement: which pages are visited, how often and for how long' },
      hosts: ['googletagmanager.com', 'google-analytics.com'],
      cookies: [
        { name: '^_ga', duration: { de: '2 Jahre', en: '2 years' }, description: { de: 'Unterscheidet Besucher (_ga, _ga_<id>)', en: 'Tells visitors apart (_ga, _ga_<id>)' } },
        { name: '_gid', duration: { de: '24 Stunden', en: '24 hours' } },
        { name: '^_gat', duration: { de: '1 Minute', en: '1 minute' } },
      ],
    },
    setup: (context) => {
      context.window[`ga-disable-${id}`] = true;
      gtagQueue(context);
    },
    grant: (context) => {
      context.window[`ga-disable-${id}`] = false;
      const gtag = gtagQueue(context);
      gtag('consent', 'update', { analytics_storage: 'granted' });
      loadGtag(context, id);
      gtag('config', id);
    },
    revoke: (context) => {
      // The opt-out flag must be set before gtag acts on any further command.
      context.window[`ga-disable-${id}`] = true;
      gtagQueue(context)('consent', 'update', { analytics_storage: 'denied' });
    },
  };
}
