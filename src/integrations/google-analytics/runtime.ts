import { ANALYTICS } from '../categories';
import { ANALYTICS_COOKIES } from '../google';
import { gtagQueue, loadGtag, updateSignals } from '../gtag';
import type { IntegrationContext, IntegrationDefinition, IntegrationRuntime } from '../integration';

/** Options of `googleAnalytics`. */
export interface GoogleAnalyticsOptions {
  /** The measurement id, `G-XXXXXXXXXX`. */
  readonly id: string;
}

const MEASUREMENT_ID = /^G-[A-Z0-9]{4,20}$/;

/**
 * Google Analytics 4 in Consent Mode v2 "basic": gtag.js loads only after consent (before it only
 * with `consentMode.sendDataBeforeConsent`); withdrawal denies `analytics_storage` and sets the
 * `ga-disable-<id>` opt-out.
 */
function runGoogleAnalytics({ id }: GoogleAnalyticsOptions): IntegrationRuntime {
  const optOut = `ga-disable-${id}`;
  const load = (context: IntegrationContext) => {
    loadGtag(context, id);
    gtagQueue(context)('config', id);
  };
  return {
    name: 'google-analytics',
    setup: (context) => {
      // In advanced mode Google's tags run before consent by the site's choice; the opt-out would stop them.
      context.window[optOut] = !context.config.consentMode.sendDataBeforeConsent;
      gtagQueue(context);
      if (context.config.consentMode.sendDataBeforeConsent) load(context);
    },
    update: (context, grants) => {
      // The opt-out flag must be set before gtag acts on any further command.
      context.window[optOut] = !context.config.consentMode.sendDataBeforeConsent && grants.services['google-analytics'] !== true;
      updateSignals(context, grants);
    },
    grant: (context) => {
      if (!context.config.consentMode.sendDataBeforeConsent) load(context);
    },
  };
}

/** Google Analytics 4 in the registry: its key in the script tag's config, its options' check, its category and runtime. */
export const googleAnalyticsIntegration: IntegrationDefinition<GoogleAnalyticsOptions> = {
  key: 'googleAnalytics',
  options: ['id'],
  check: ({ id }) => (typeof id === 'string' && MEASUREMENT_ID.test(id) ? [] : [{ field: 'id', code: 'like', got: id, args: { example: '"G-XXXXXXXXXX"' } }]),
  category: ANALYTICS,
  cookies: ANALYTICS_COOKIES,
  run: runGoogleAnalytics,
  about: () => import('./about').then((m) => m.about()),
};
