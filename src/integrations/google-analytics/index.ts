import { factory } from '../define';
import type { Integration } from '../integration';
import { about } from './about';
import { googleAnalyticsIntegration } from './runtime';
import type { GoogleAnalyticsOptions } from './runtime';

export type { GoogleAnalyticsOptions };

/**
 * Google Analytics 4 in Consent Mode v2 "basic": gtag.js loads only after consent; withdrawal
 * denies `analytics_storage`, sets the `ga-disable-<id>` opt-out and deletes the `_ga` cookies.
 * @example createConsent(config, { integrations: [googleAnalytics({ id: 'G-XXXXXXXXXX' })] })
 */
export const googleAnalytics: (options: GoogleAnalyticsOptions) => Integration = factory(googleAnalyticsIntegration, about);
