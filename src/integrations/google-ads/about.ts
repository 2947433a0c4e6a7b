import { BY_GOOGLE } from '../google';
import type { IntegrationService } from '../integration';

/** Google Ads conversion measurement as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(): Omit<IntegrationService, 'category'> {
  return {
    title: 'Google Ads',
    ...BY_GOOGLE,
    purpose: { message: 'googleAdsPurpose' },
    hosts: ['googletagmanager.com', 'googleadservices.com', 'doubleclick.net'],
  };
}

/** Google Ads remarketing as the visitor reads about it. */
export function aboutRemarketing(): Omit<IntegrationService, 'category'> {
  return {
    title: 'Google Ads Remarketing',
    ...BY_GOOGLE,
    purpose: { message: 'googleRemarketingPurpose' },
    hosts: ['doubleclick.net'],
  };
}
