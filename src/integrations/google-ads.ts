import type { Integration } from './integration';
import { gtagQueue, loadGtag } from './gtag';
import { BY_GOOGLE, MARKETING } from './texts';

/** Options of `googleAds`. */
export interface GoogleAdsOptions {
  /** The conversion id, `AW-123456789`. */
  readonly id: string;
  /** Also allow ad personalisation (remarketing lists); off by default. */
  readonly remarketing?: boolean;
}

/** The Google Ads integration, with a way to report conversions. */
export interface GoogleAds extends Integration {
  /**
   * Reports a conversion; does nothing (and returns false) while the visitor has not allowed Google Ads.
   * @example ads.conversion('AbC-D_efG', { value: 49.9, currency: 'EUR', transaction_id: 'order-1043' })
   */
  readonly conversion: (label: string, details?: Readonly<Record<string, string | number>>) => boolean;
}

/**
 * Google Ads conversion tracking on the shared gtag queue: it maps to `ad_storage` and
 * `ad_user_data` (and `ad_personalization` only with remarketing). Withdrawal denies them again
 * and deletes the `_gcl_` cookies.
 */
export function googleAds({ id, remarketing = false }: GoogleAdsOptions): GoogleAds {
  if (!/^AW-\d{6,15}$/.test(id)) throw new TypeError(`einlass: googleAds: id: expected a conversion id such as "AW-123456789", got ${JSON.stringify(id)}`);
  let granted: ((...args: unknown[]) => void) | undefined;
  return {
    name: 'google-ads',
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
    setup: (context) => {
      gtagQueue(context)('set', 'ads_data_redaction', true);
    },
    grant: (context) => {
      const gtag = gtagQueue(context);
      gtag('consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ...(remarketing ? { ad_personalization: 'granted' } : {}) });
      loadGtag(context, id);
      gtag('config', id, remarketing ? {} : { allow_ad_personalization_signals: false });
      granted = gtag;
    },
    revoke: (context) => {
      granted = undefined;
      gtagQueue(context)('consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    },
    conversion: (label, details = {}) => {
      granted?.('event', 'conversion', { send_to: `${id}/${label}`, ...details });
      return granted !== undefined;
    },
  };
}
