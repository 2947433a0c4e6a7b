import type { IntegrationAbout } from '../integration';
import { matomoBase, SITE_ID, type MatomoOptions } from '../runtime/matomo';
import { ANALYTICS } from './texts';

/** Matomo as the visitor reads about it; throws for options `runMatomo` could not run with, naming the option. */
export function aboutMatomo({ url, siteId }: MatomoOptions): IntegrationAbout {
  const base = matomoBase(url);
  if (!base) throw new TypeError(`einlass: matomo: url: expected an http(s) address such as "https://matomo.example.com/", got ${JSON.stringify(url)}`);
  if (!SITE_ID.test(String(siteId))) throw new TypeError(`einlass: matomo: siteId: expected a number such as 1, got ${JSON.stringify(siteId)}`);
  return {
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
  };
}
