import { aboutMatomo } from './about/matomo';
import type { Integration } from './integration';
import { runMatomo, type MatomoOptions } from './runtime/matomo';

export type { MatomoOptions };

/**
 * Matomo with its tracking-consent API: `requireConsent` before `trackPageView`, matomo.js only on
 * consent; withdrawal calls `forgetConsentGiven` and deletes the `_pk_` cookies.
 * @example createConsent(config, { integrations: [matomo({ url: 'https://matomo.example.com/', siteId: 1 })] })
 */
export function matomo(options: MatomoOptions): Integration {
  return { ...aboutMatomo(options), ...runMatomo(options) };
}
