import type { IntegrationContext } from './integration';

type Gtag = (...args: unknown[]) => void;
// Kept per dataLayer: the queue is what gtag.js reads, whoever created it.
const defaulted = new WeakSet<unknown[]>();
const loaded = new WeakSet<unknown[]>();

function dataLayerOf(context: IntegrationContext): unknown[] {
  return (context.window.dataLayer ??= []) as unknown[];
}

/**
 * The Google tag queue, shared by Analytics and Ads. Consent Mode v2 starts with everything denied
 * before einlass queues any other command; gtag.js itself is requested only on consent ("basic" mode).
 */
export function gtagQueue(context: IntegrationContext): Gtag {
  const dataLayer = dataLayerOf(context);
  const win = context.window;
  if (typeof win.gtag !== 'function') {
    // gtag.js reads Arguments objects from the dataLayer, not arrays.
    win.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      (win.dataLayer as unknown[]).push(arguments);
    };
  }
  const gtag = win.gtag as Gtag;
  if (!defaulted.has(dataLayer)) {
    defaulted.add(dataLayer);
    gtag('consent', 'default', {
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      wait_for_update: 500,
    });
  }
  return gtag;
}

/** Requests gtag.js at most once per page, whichever Google integration comes first; later ones add their own `config`. */
export function loadGtag(context: IntegrationContext, id: string): void {
  const dataLayer = dataLayerOf(context);
  if (loaded.has(dataLayer)) return;
  loaded.add(dataLayer);
  gtagQueue(context)('js', new Date());
  context.loadScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`);
}
