import { MARKETING } from '../categories';
import { gtagQueue, loadGtag } from '../gtag';
import type { IntegrationDefinition, IntegrationRuntime } from '../integration';

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

const CONVERSION_ID = /^AW-\d{6,15}$/;

/**
 * Google Ads conversion tracking on the shared gtag queue: it maps to `ad_storage` and
 * `ad_user_data` (and `ad_personalization` only with remarketing). Withdrawal denies them again.
 */
function runGoogleAds({ id, remarketing = false }: GoogleAdsOptions): GoogleAdsRuntime {
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

/** Google Ads conversion tracking in the registry: its key in the script tag's config, its options' check, its category and runtime. */
export const googleAdsIntegration: IntegrationDefinition<GoogleAdsOptions, GoogleAdsRuntime> = {
  key: 'googleAds',
  options: ['id', 'remarketing'],
  check: ({ id, remarketing }) => [
    ...(typeof id === 'string' && CONVERSION_ID.test(id) ? [] : [{ field: 'id', code: 'like', got: id, args: { example: '"AW-123456789"' } }]),
    ...(remarketing === undefined || typeof remarketing === 'boolean' ? [] : [{ field: 'remarketing', code: 'boolean', got: remarketing }]),
  ],
  category: MARKETING,
  run: runGoogleAds,
  about: (options) => import('./about').then((m) => m.about(options)),
};
