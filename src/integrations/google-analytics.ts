import { aboutGoogleAnalytics } from './about/google-analytics';
import type { Integration } from './integration';
import { runGoogleAnalytics, type GoogleAnalyticsOptions } from './runtime/google-analytics';

export type { GoogleAnalyticsOptions };

/**
 * Google Analytics 4 in Consent Mode v2 "basic": gtag.js loads only after consent; withdrawal
 * denies `analytics_storage`, sets the `ga-disable-<id>` opt-out and deletes the `_ga` cookies.
 * @example createConsent(config, { integrations: [googleAnalytics({ id: 'G-XXXXXXXXXX' })] })
 */
export function googleAnalytics(options: GoogleAnalyticsOptions): Integration {
  return { ...aboutGoogleAnalytics(options), ...runGoogleAnalytics(options) };
}
