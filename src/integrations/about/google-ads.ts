import type { IntegrationAbout } from '../integration';
import { CONVERSION_ID, type GoogleAdsOptions } from '../runtime/google-ads';
import { BY_GOOGLE, MARKETING } from './texts';

/** Google Ads as the visitor reads about it; throws for an id that is no conversion id. */
export function aboutGoogleAds({ id, remarketing = false }: GoogleAdsOptions): IntegrationAbout {
  if (!CONVERSION_ID.test(id)) throw new TypeError(`einlass: googleAds: id: expected a conversion id such as "AW-123456789", got ${JSON.stringify(id)}`);
  return {
    category: MARKETING,
    service: {
      category: MARKETING.name,
      title: 'Google Ads',
      ...BY_GOOGLE,
      purpose: remarketing
        ? { de: 'Erfolgsmessung von Anzeigen und Remarketing', en: 'Measuring ad conversions and remarketing' }
        : { de: 'Erfolgsmessung von Anzeigen (Conversions)', en: 'Measuring ad conversions' },
      hosts: ['googletagmanager.com', 'googleadservices.com', 'doubleclick.net'],
      cookies: [{ name: '^_gcl_', duration: { de: '90 Tage', en: '90 days' }, description: { de: 'Ordnet Conversions Anzeigenklicks zu', en: 'Links conversions to ad clicks' } }],
    },
  };
}
