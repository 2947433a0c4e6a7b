import { factory } from '../define';
import { about, aboutRemarketing } from './about';
import { googleAdsIntegration } from './runtime';
import type { Integration } from '../integration';
import type { GoogleAdsOptions, GoogleAdsRuntime } from './runtime';

export type { GoogleAdsOptions, GoogleAdsRuntime };

/** The Google Ads integration, with a way to report conversions. */
export interface GoogleAds extends Integration, GoogleAdsRuntime {}

/**
 * Google Ads conversion tracking on the shared gtag queue: `ad_storage` and `ad_user_data`; with
 * `remarketing: true` a second service, `google-ads-remarketing`, for `ad_personalization`, which
 * the visitor can refuse on its own. Withdrawal denies them and deletes the `_gcl_` cookies.
 * @example createConsent(config, { integrations: [googleAds({ id: 'AW-123456789', remarketing: true })] })
 */
export const googleAds: (options: GoogleAdsOptions) => GoogleAds = factory(googleAdsIntegration, about, [aboutRemarketing]);
