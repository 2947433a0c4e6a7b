import type { Catalogue } from '../core/i18n';

/**
 * Every English text einlass shows: the interface, the placeholders, the floating button, the
 * necessary category's defaults and the integrations' descriptions. The reference every other
 * language is typed against. `{name}` marks a value filled in; `{ one, other }` are plural forms.
 */
const en = {
  bannerTitle: 'Privacy settings',
  bannerText: 'We would like to use services for these purposes: {purposes}. They load only if you agree, and you can change or withdraw your choice at any time.',
  bannerThirdCountry: 'Some providers process data outside the EU: {countries}.',
  bannerRecipients: { one: 'Recipient of the data: {names}.', other: 'Recipients of the data: {names}.' },
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  settingsTitle: 'Privacy settings',
  settingsIntro: 'Choose which services may load. Necessary ones are always on. You can change this at any time.',
  saveSelection: 'Save selection',
  close: 'Close',
  privacyPolicy: 'Privacy policy',
  imprint: 'Imprint',
  recipientDataUse: 'How {name} uses data',
  alwaysOn: 'Always on',
  servicesOn: { one: '{on} of {count} service on', other: '{on} of {count} services on' },
  showDetails: 'Details',
  provider: 'Provider',
  purpose: 'Purpose',
  cookies: 'Cookies and storage',
  duration: 'Duration',
  noCookies: 'None',
  legalBasis: 'Legal basis',
  legalBasisConsent: 'Consent (Art. 6(1)(a) GDPR, § 25(1) TDDDG)',
  legalBasisNecessary: 'Strictly necessary (§ 25(2) no. 2 TDDDG)',
  thirdCountry: 'Transfer to third countries',
  noThirdCountry: 'None',
  reopen: 'Privacy settings',
  service: 'Service',
  category: 'Category',
  changeChoice: 'You can change or withdraw your choice at any time:',
  openSettings: 'Open privacy settings',
  consentManager: 'Consent management',
  consentManagerPurpose: 'Remembers your choice about the services on this site',
  consentLogPurpose: 'Keeps a record of your choice until our server has confirmed it, to prove consent (Art. 7(1) GDPR)',
  operator: 'The operator of this website',
  and: 'and',
  untilSent: 'until sent',
  servicePrivacyPolicy: "Provider's privacy policy",
  placeholderTitle: 'External content: {service}',
  placeholderText: 'Loading it sends your IP address and information about your device to {provider}.',
  placeholderThirdCountry: 'Data may be processed outside the EU ({countries}).',
  loadOnce: 'Load once',
  alwaysAllow: 'Always allow {service}',
  durationMinutes: { one: '{count} minute', other: '{count} minutes' },
  durationHours: { one: '{count} hour', other: '{count} hours' },
  durationDays: { one: '{count} day', other: '{count} days' },
  durationMonths: { one: '{count} month', other: '{count} months' },
  durationYears: { one: '{count} year', other: '{count} years' },
  necessaryTitle: 'Necessary',
  necessaryDescription: 'Needed for the site to work, such as remembering this choice.',
  analyticsTitle: 'Statistics',
  marketingTitle: 'Marketing',
  mediaTitle: 'External media',
  matomoProvider: 'The operator of this website (its own Matomo server)',
  matomoPurpose: 'Audience measurement: which pages are visited and how often',
  visitorCookie: 'Tells visitors apart',
  matomoConsentCookie: 'Remembers your consent to Matomo',
  matomoConsentRemovedCookie: 'Remembers that you withdrew your consent to Matomo',
  whileChoiceKept: 'as long as your choice is stored',
  googleAnalyticsPurpose: 'Audience measurement: which pages are visited, how often and for how long',
  googleAnalyticsCookie: 'Tells visitors apart (_ga, _ga_<id>)',
  googleAdsPurpose: 'Measuring ad conversions',
  googleAdsCookie: 'Links conversions to ad clicks',
  googleRemarketingPurpose: 'Showing you ads for this website on other websites, based on your visits here (remarketing)',
  googleRemarketingCookie: 'Recognises your browser for such ads, on doubleclick.net',
  googleTagManagerPurpose: "Loads this website's measurement and advertising tags, each only as far as your choices allow",
  youtubePurpose: 'Playing embedded videos',
  youtubeCookie: 'Set by YouTube on playback, on youtube-nocookie.com',
  googleFontsPurpose: 'Loading fonts',
} satisfies Catalogue<string>;

/** The key of every text einlass shows. */
export type MessageKey = keyof typeof en;

/** Every text einlass shows, in one language. */
export type Messages = Catalogue<MessageKey>;

export default en as Messages;
