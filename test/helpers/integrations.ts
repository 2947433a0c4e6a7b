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
