import type { IntegrationAbout } from '../types';

/** The categories the integrations join unless the config names another. */
export const ANALYTICS: IntegrationAbout['category'] = { name: 'analytics', title: { message: 'analyticsTitle' } };
export const MARKETING: IntegrationAbout['category'] = { name: 'marketing', title: { message: 'marketingTitle' } };
export const MEDIA: IntegrationAbout['category'] = { name: 'media', title: { message: 'mediaTitle' } };
