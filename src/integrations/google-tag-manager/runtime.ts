import { MARKETING } from '../categories';
import { ADS_COOKIES, ANALYTICS_COOKIES } from '../google';
import { dataLayerOf, gtagQueue, updateSignals } from '../gtag';
import type { IntegrationContext, IntegrationDefinition, IntegrationRuntime } from '../integration';
import { pushConsentEvents } from './events';

/** Options of `googleTagManager`. */
export interface GoogleTagManagerOptions {
  /** The container id, `GTM-XXXXXXX`. */
  readonly id: string;
  /** Where `gtm.js` is served from, for first-party or server-side tagging (default `https://www.googletagmanager.com`). */
  readonly url?: string;
}

const CONTAINER_ID = /^GTM-[A-Z0-9]{4,12}$/;
const GOOGLE = 'https://www.googletagmanager.com';

/** The address `gtm.js` is fetched from, or `undefined` for anything but an http(s) or same-site address. */
function containerBase(url: unknown): string | undefined {
  if (url === undefined) return GOOGLE;
  if (typeof url !== 'string' || !/^(https?:\/\/[^/\s]+|\/(?!\/))[^\s]*$/.test(url)) return undefined;
  return url.replace(/\/+$/, '');
}

// One container per page: two Tag Manager integrations on one dataLayer would fire every tag twice.
const loaded = new WeakSet();

/**
 * Google Tag Manager's container, loaded only when its service is granted (VG Hannover, 10 A 5385/22:
 * loading it transfers the visitor's address to Google, which needs consent). The Consent Mode
 * defaults and any stored decision are in the dataLayer before it, so the tags inside see consent
 * state on their first event; every decision adds an `einlass_consent_update` event for triggers.
 */
function runGoogleTagManager({ id, url }: GoogleTagManagerOptions): IntegrationRuntime {
  const load = (context: IntegrationContext) => {
    const dataLayer = dataLayerOf(context);
    if (loaded.has(dataLayer)) return;
    loaded.add(dataLayer);
    dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
    context.loadScript(`${String(containerBase(url))}/gtm.js?id=${encodeURIComponent(id)}`);
  };
  let ran = false;
  return {
    name: 'google-tag-manager',
    setup: (context) => {
      gtagQueue(context);
      if (context.config.consentMode.sendDataBeforeConsent) load(context);
    },
    update: (context, grants) => {
      updateSignals(context, grants);
      if (context.decided()) pushConsentEvents(context, grants);
    },
    grant: (context) => {
      load(context);
      ran = true;
    },
    revoke: (context) => {
      // The tags the container ran cannot be unloaded: as with a gated script, the page starts afresh.
      if (ran && context.config.reloadOnWithdraw && !context.config.consentMode.sendDataBeforeConsent) context.window.location.reload();
    },
  };
}

/** Google Tag Manager in the registry: its key in the script tag's config, its options' check, its category and runtime. */
export const googleTagManagerIntegration: IntegrationDefinition<GoogleTagManagerOptions> = {
  key: 'googleTagManager',
  options: ['id', 'url'],
  check: ({ id, url }) => [
    ...(typeof id === 'string' && CONTAINER_ID.test(id) ? [] : [{ field: 'id', code: 'like', got: id, args: { example: '"GTM-XXXXXXX"' } }]),
    ...(containerBase(url) ? [] : [{ field: 'url', code: 'address', got: url, args: { example: GOOGLE } }]),
  ],
  category: MARKETING,
  // Those of the Google tags a container usually fires; a site lists its own in its service entry.
  cookies: [...ANALYTICS_COOKIES, ...ADS_COOKIES],
  run: runGoogleTagManager,
  about: () => import('./about').then((m) => m.about()),
};
