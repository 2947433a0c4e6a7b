import type { PlaceholderMessages } from './placeholder-en';

/** German texts of an embed placeholder. */
export const placeholderDe: PlaceholderMessages = {
  servicePrivacyPolicy: 'Datenschutzhinweise des Anbieters',
  placeholderTitle: 'Externer Inhalt: {service}',
  placeholderText: 'Beim Laden werden Ihre IP-Adresse und Informationen über Ihr Gerät an {provider} übertragen.',
  placeholderThirdCountry: 'Daten können außerhalb der EU verarbeitet werden ({countries}).',
  loadOnce: 'Einmal laden',
  alwaysAllow: '{service} immer erlauben',
};
