import { factory } from '../define';
import type { Integration } from '../integration';
import { about } from './about';
import { matomoIntegration } from './runtime';
import type { MatomoOptions } from './runtime';

export type { MatomoOptions };

/**
 * Matomo with its tracking-consent API: `requireConsent` before `trackPageView`, matomo.js only on
 * consent; withdrawal calls `forgetConsentGiven` and deletes the `_pk_` cookies.
 * @example createConsent(config, { integrations: [matomo({ url: 'https://matomo.example.com/', siteId: 1 })] })
 */
export const matomo: (options: MatomoOptions) => Integration = factory(matomoIntegration, about);
