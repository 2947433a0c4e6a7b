/**
 * English texts of an embed placeholder. They are their own module because repeat visitors get
 * placeholders from the small embed part, which carries no other text.
 */
export const placeholderEn = {
  servicePrivacyPolicy: "Provider's privacy policy",
  placeholderTitle: 'External content: {service}',
  placeholderText: 'Loading it sends your IP address and information about your device to {provider}.',
  placeholderThirdCountry: 'Data may be processed outside the EU ({countries}).',
  loadOnce: 'Load once',
  alwaysAllow: 'Always allow {service}',
};

/** Every text an embed placeholder shows. */
export type PlaceholderMessages = Record<keyof typeof placeholderEn, string>;
