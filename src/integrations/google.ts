// Shared by the Google integrations; each integration's own file stays readable on its own.
/** Who runs every Google service, where the data goes, and the privacy policy that covers it. */
export const BY_GOOGLE = {
  provider: 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland',
  thirdCountry: 'USA (EU-US Data Privacy Framework)',
  privacyPolicy: 'https://policies.google.com/privacy',
} as const;
