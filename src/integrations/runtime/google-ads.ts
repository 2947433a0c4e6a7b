import type { IntegrationRuntime } from '../integration';
import { gtagQueue, loadGtag } from './gtag';

/** Options of `googleAds`. */
export interface GoogleAdsOptions {
  /** The conversion id, `AW-123456789`. */
  readonly id: string;
  /** Also allow ad personalisation (remarketing lists); off by default. */
  readonly remarketing?: boolean;
}

/** The Google Ads runtime, with a way to report conversions. */
export interface GoogleAdsRuntime extends IntegrationRuntime {
  /**
   * Reports a conversion; does nothing (and returns false) while the visitor has not allowed Google Ads.
   * @example ads.conversion('AbC-D_efG', { value: 49.9, currency: 'EUR', transaction_id: 'order-1043' })
   */
  readonly conversion: (label: string, details?: Readonly<Record<string, string | number>>) => boolean;
}

export const CONVERSION_ID = /^AW-\d{6,15}$/;

/**
 * Google Ads conversion tracking on the shared gtag queue: it maps to `ad_storage` and
 * `ad_user_data` (and `ad_personalization` only with remarketing). Withdrawal denies them again.
 */
export function runGoogleAds({ id, remarketing = false }: GoogleAdsOptions): GoogleAdsRuntime {
  if (!CONVERSION_ID.test(id)) throw new TypeError('einlass: googleAds: invalid id');
  let granted: ((...args: unknown[]) => void) | undefined;
  return {
    name: 'google-ads',
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
