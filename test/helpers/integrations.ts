import { createConsent } from '../../src/create';
import type { Einlass } from '../../src/types';
import type { Integration } from '../../src/integrations/integration';
import type { Config } from '../../src/types';
import { clearCookies } from './cookies';
import { clearRequests } from './network';

interface VendorWindow {
  dataLayer?: ArrayLike<unknown>[];
  gtag?: unknown;
  _paq?: unknown[][];
  [flag: `ga-disable-${string}`]: boolean | undefined;
}

/** The page's vendor globals, as the vendors' own snippets would see them. */
export const vendor = window as unknown as VendorWindow;

const running: Einlass[] = [];

/** A consent manager with only these integrations, on a page without vendor globals. */
export function start(integrations: Integration[], config: Config = {}): Einlass {
  const einlass = createConsent(config, { integrations });
  running.push(einlass);
  return einlass;
}

export async function resetVendors(): Promise<void> {
  running.splice(0).forEach((e) => { e.destroy(); });
  delete vendor.dataLayer;
  delete vendor.gtag;
  delete vendor._paq;
  document.querySelectorAll('head script[src^="http"], head link[href^="http"]').forEach((el) => { el.remove(); });
  document.querySelectorAll('einlass-reopen').forEach((el) => { el.remove(); });
  clearCookies();
  await clearRequests();
}

/** The dataLayer as plain arrays (gtag pushes Arguments objects); a Date becomes "<Date>". */
export function commands(): unknown[][] {
  return (vendor.dataLayer ?? []).map((entry) => Array.from(entry).map((v) => (v instanceof Date ? '<Date>' : v)));
}

const SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'] as const;

/** Consent Mode's seven signals, `granted` only for those listed: what einlass's `default` and `update` carry. */
export function signals(...granted: (typeof SIGNALS)[number][]): Record<string, string> {
  return Object.fromEntries(SIGNALS.map((s) => [s, granted.includes(s) ? 'granted' : 'denied']));
}

/** The whole dataLayer: gtag's commands as arrays, pushed objects (events) as they are, with times as "<time>". */
export function dataLayer(): unknown[] {
  return (vendor.dataLayer ?? []).map((entry) => {
    const isCommand = Object.prototype.toString.call(entry) === '[object Arguments]';
    if (isCommand) return Array.from(entry).map((v) => (v instanceof Date ? '<Date>' : v));
    const object = entry as unknown as Record<string, unknown>;
    return 'gtm.start' in object ? { ...object, 'gtm.start': '<time>' } : object;
  });
}
