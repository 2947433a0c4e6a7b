import { BY_GOOGLE } from '../google';
import type { IntegrationService } from '../integration';

/** Tag Manager as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(): Omit<IntegrationService, 'category'> {
  return {
    title: 'Google Tag Manager',
    ...BY_GOOGLE,
    purpose: { message: 'googleTagManagerPurpose' },
    hosts: ['googletagmanager.com', 'google-analytics.com', 'googleadservices.com', 'doubleclick.net'],
  };
}
