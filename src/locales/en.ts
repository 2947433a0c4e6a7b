import { placeholderEn } from './placeholder-en';

/** English texts: the reference every other locale is typed against. `{name}` marks a value filled in. */
export const en = {
  bannerTitle: 'Privacy settings',
  bannerText:
    'We would like to use services for {purposes}. They load only if you agree. You can change or withdraw your choice at any time under "Privacy settings".',
  bannerThirdCountry: 'Some providers process data outside the EU ({countries}).',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  settingsTitle: 'Privacy settings',
  settingsIntro: 'Choose which services may load. Necessary ones are always on. You can change this at any time.',
  saveSelection: 'Save selection',
  close: 'Close',
  privacyPolicy: 'Privacy policy',
  imprint: 'Imprint',
  alwaysOn: 'Always on',
  servicesOn: '{on} of {total} services on',
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
  days: '{days} days',
  and: 'and',
  untilSent: 'until sent',
  ...placeholderEn,
};

/** Every text the interface shows. */
export type Messages = Record<keyof typeof en, string>;
