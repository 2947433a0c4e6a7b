import type { IntegrationAbout } from '../integration';
import { MEASUREMENT_ID, type GoogleAnalyticsOptions } from '../runtime/google-analytics';
import { ANALYTICS, BY_GOOGLE } from './texts';

/** Google Analytics as the visitor reads about it; throws for an id that is no measurement id. */
export function aboutGoogleAnalytics({ id }: GoogleAnalyticsOptions): IntegrationAbout {
  if (!MEASUREMENT_ID.test(id)) throw new TypeError(`einlass: googleAnalytics: id: expected a measurement id such as "G-XXXXXXXXXX", got ${JSON.stringify(id)}`);
  return {
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
  };
}
