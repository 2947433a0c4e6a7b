import { BY_GOOGLE } from '../google';
import type { IntegrationService } from '../integration';

/** Google Analytics as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(): Omit<IntegrationService, 'category'> {
  return {
    title: 'Google Analytics',
    ...BY_GOOGLE,
    purpose: { message: 'googleAnalyticsPurpose' },
    hosts: ['googletagmanager.com', 'google-analytics.com'],
  };
}
