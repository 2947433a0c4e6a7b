import { apply } from './apply';
import { resolveConfig } from './core/config-check';
import { memoryStorage, type ConsentStorage } from './core/storage';
import { consentCookie } from './dom/consent-cookie';
import { decide } from './decide';
import type { Integration } from './integrations/integration';
import type { Config, Einlass } from './types';

/** Options for `createConsent`, mostly for tests and server-side rendering. */
export interface ConsentOptions {
  /** Where the record is kept (default: the first-party consent cookie). */
  readonly storage?: ConsentStorage;
  readonly now?: () => number;
  /** Gate the page's blocked scripts, embeds, images and stylesheets (default true; ignored without a DOM). */
  readonly gate?: boolean;
  /** Services einlass loads and switches off itself: `[matomo({ url, siteId }), googleAnalytics({ id })]`. */
  readonly integrations?: readonly Integration[];
  /** The page's Content-Security-Policy nonce, given to every script einlass adds. */
  readonly nonce?: string;
}

/**
 * Starts consent management for a config: reads the stored decision, applies it to the page,
 * follows other tabs, and persists and announces every change (`decide` after `apply`). Throws a
 * `ConfigError` for an invalid config.
 * @example
 * const einlass = createConsent({ categories: [{ name: 'analytics', title: 'Statistik' }] });
 * einlass.$grants.subscribe((grants) => console.log(grants.categories.analytics));
 */
export function createConsent(input: Config, options: ConsentOptions = {}): Einlass {
  // An integration's companions (Google Ads' remarketing) are services of their own.
  const integrations = (options.integrations ?? []).flatMap((i) => [i, ...(i.companions ?? [])]);
  const config = resolveConfig(input, integrations);
  const now = options.now ?? Date.now;
  // Without a document (server-side rendering) there is no cookie: the visitor counts as undecided.
  const storage = options.storage ?? (typeof document === 'undefined' ? memoryStorage() : consentCookie(config, now));
  const applied = apply(config, { read: storage.read, now, gate: options.gate, integrations, nonce: options.nonce });
  return decide(applied, { storage, now });
}
