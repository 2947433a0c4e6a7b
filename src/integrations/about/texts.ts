import type { CategoryConfig, Text } from '../../types';

// Shared by the Google integrations; each integration file stays readable on its own.
/** Who runs every Google service, where the data goes, and the privacy policy that covers it. */
export const BY_GOOGLE: { readonly provider: Text; readonly thirdCountry: Text; readonly privacyPolicy: string } = {
  provider: 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland',
  thirdCountry: 'USA (EU-US Data Privacy Framework)',
  privacyPolicy: 'https://policies.google.com/privacy',
};

export const ANALYTICS: CategoryConfig = { name: 'analytics', title: { de: 'Statistik', en: 'Statistics' } };
export const MARKETING: CategoryConfig = { name: 'marketing', title: { de: 'Marketing', en: 'Marketing' } };
export const MEDIA: CategoryConfig = { name: 'media', title: { de: 'Externe Medien', en: 'External media' } };
