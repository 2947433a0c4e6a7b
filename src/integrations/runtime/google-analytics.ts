import type { IntegrationRuntime } from '../integration';
import { gtagQueue, loadGtag } from './gtag';

/** Options of `googleAnalytics`. */
export interface GoogleAnalyticsOptions {
  /** The measurement id, `G-XXXXXXXXXX`. */
  readonly id: string;
}

export const MEASUREMENT_ID = /^G-[A-Z0-9]{4,20}$/;

/**
 * Google Analytics 4 in Consent Mode v2 "basic": gtag.js loads only after consent; withdrawal
 * denies `analytics_storage` and sets the `ga-disable-<id>` opt-out.
 */
export function runGoogleAnalytics({ id }: GoogleAnalyticsOptions): IntegrationRuntime {
  if (!MEASUREMENT_ID.test(id)) throw new TypeError('einlass: googleAnalytics: invalid id');
  const optOut = `ga-disable-${id}`;
  return {
    name: 'google-analytics',
    setup: (context) => {
      context.window[optOut] = true;
      gtagQueue(context);
    },
    grant: (context) => {
      context.window[optOut] = false;
      const gtag = gtagQueue(context);
      gtag('consent', 'update', { analytics_storage: 'granted' });
      loadGtag(context, id);
      gtag('config', id);
    },
    revoke: (context) => {
      // The opt-out flag must be set before gtag acts on any further command.
      context.window[optOut] = true;
      gtagQueue(context)('consent', 'update', { analytics_storage: 'denied' });
    },
  };
}
