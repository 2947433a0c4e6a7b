import { MARKETING } from '../categories';
import { ADS_COOKIES } from '../google';
import { gtagQueue, loadGtag, updateSignals } from '../gtag';
import type { IntegrationContext, IntegrationDefinition, IntegrationRuntime } from '../integration';
import { googleAdsRemarketingIntegration } from './remarketing';

/** Options of `googleAds`. */
export interface GoogleAdsOptions {
  /** The conversion id, `AW-123456789`. */
  readonly id: string;
  /** Also offer remarketing (`ad_personalization`), as a service of its own the visitor can refuse while allowing conversions; off by default. */
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
 * Google Ads conversion measurement on the shared gtag queue: its service grants `ad_storage` and
 * `ad_user_data`. `ad_personalization` belongs to the remarketing service when the site offers it,
 * and is never granted otherwise. Withdrawal denies them again (Consent Mode's `update`).
 */
function runGoogleAds({ id, remarketing = false }: GoogleAdsOptions): GoogleAdsRuntime {
  let granted: ((...args: unknown[]) => void) | undefined;
  const load = (context: IntegrationContext) => {
    loadGtag(context, id);
    gtagQueue(context)('config', id, remarketing ? {} : { allow_ad_personalization_signals: false });
  };
  return {
    name: 'google-ads',
    setup: (context) => {
      gtagQueue(context);
      if (context.config.consentMode.sendDataBeforeConsent) load(context);
    },
    update: updateSignals,
    grant: (context) => {
      if (!context.config.consentMode.sendDataBeforeConsent) load(context);
      granted = gtagQueue(context);
    },
    revoke: () => {
      granted = undefined;
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
  cookies: ADS_COOKIES,
  run: runGoogleAds,
  about: () => import('./about').then((m) => m.about()),
  companions: (options) => (options.remarketing ? [googleAdsRemarketingIntegration] : []),
};
