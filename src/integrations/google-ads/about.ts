import { BY_GOOGLE } from '../google';
import type { IntegrationService } from '../integration';
import type { GoogleAdsOptions } from './runtime';

/** Google Ads as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(options: GoogleAdsOptions): Omit<IntegrationService, 'category'> {
  return {
    title: 'Google Ads',
    ...BY_GOOGLE,
    purpose: { message: options.remarketing ? 'googleAdsRemarketingPurpose' : 'googleAdsPurpose' },
    hosts: ['googletagmanager.com', 'googleadservices.com', 'doubleclick.net'],
    cookies: [{ name: '^_gcl_', duration: { message: 'durationDays', count: 90 }, description: { message: 'googleAdsCookie' } }],
  };
}
