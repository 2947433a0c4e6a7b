import type { CategoryConfig, Text } from '../types';

// Shared by the Google integrations; each integration file stays readable on its own.
export const GOOGLE: Text = 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland';
export const GOOGLE_POLICY = 'https://policies.google.com/privacy';
export const USA: Text = { de: 'USA (EU-US Data Privacy Framework)', en: 'USA (EU-US Data Privacy Framework)' };

export const ANALYTICS: CategoryConfig = { name: 'analytics', title: { de: 'Statistik', en: 'Statistics' } };
export const MARKETING: CategoryConfig = { name: 'marketing', title: { de: 'Marketing', en: 'Marketing' } };
export const MEDIA: CategoryConfig = { name: 'media', title: { de: 'Externe Medien', en: 'External media' } };
