// Shared by the Google integrations; each integration's own file stays readable on its own.
import type { ResolvedCookie } from '../types';

/**
 * Who runs every Google service, where the data goes, the privacy policy that covers it, and the
 * page on how Google uses data from sites that use its services, which Google's EU user consent
 * policy asks a site to name on its consent banner.
 */
export const BY_GOOGLE = {
  provider: 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland',
  thirdCountry: 'USA (EU-US Data Privacy Framework)',
  privacyPolicy: 'https://policies.google.com/privacy',
  recipient: { name: 'Google', dataUse: 'https://business.safety.google/privacy/' },
} as const;

/** Google Analytics' cookies (and Universal Analytics' left over), also set by its tags in a Tag Manager container. */
// Exact names and `_`-prefixed patterns, not `^_ga`: that would also take a site's own `_gallery` cookie.
export const ANALYTICS_COOKIES: readonly ResolvedCookie[] = [
  { name: '_ga', duration: { message: 'durationYears', count: 2 }, description: { message: 'googleAnalyticsCookie' }, owner: 'google-analytics' },
  { name: '^_ga_', duration: { message: 'durationYears', count: 2 }, owner: 'google-analytics' },
  { name: '_gid', duration: { message: 'durationHours', count: 24 }, owner: 'google-analytics' },
  { name: '_gat', duration: { message: 'durationMinutes', count: 1 }, owner: 'google-analytics' },
  { name: '^_gat_', duration: { message: 'durationMinutes', count: 1 }, owner: 'google-analytics' },
];

/** The conversion linker's cookies (`_gcl_au`, `_gcl_aw`, …), also set by Ads tags in a Tag Manager container. */
export const ADS_COOKIES: readonly ResolvedCookie[] = [
  { name: '^_gcl_', duration: { message: 'durationDays', count: 90 }, description: { message: 'googleAdsCookie' }, owner: 'google-ads' },
];
