import { aboutGoogleAds } from './about/google-ads';
import type { Integration } from './integration';
import { runGoogleAds, type GoogleAdsOptions, type GoogleAdsRuntime } from './runtime/google-ads';

export type { GoogleAdsOptions };

/** The Google Ads integration, with a way to report conversions. */
export interface GoogleAds extends Integration, GoogleAdsRuntime {}

/**
 * Google Ads conversion tracking on the shared gtag queue: `ad_storage` and `ad_user_data` (and
 * `ad_personalization` only with remarketing); withdrawal denies them and deletes the `_gcl_` cookies.
 * @example createConsent(config, { integrations: [googleAds({ id: 'AW-123456789' })] })
 */
export function googleAds(options: GoogleAdsOptions): GoogleAds {
  return { ...aboutGoogleAds(options), ...runGoogleAds(options) };
}
