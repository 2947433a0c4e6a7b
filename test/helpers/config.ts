import type { Config, ServiceConfig } from '../../src/types';

/** The config of a typical small German company site. */
export const siteConfig: Config = {
  revision: 1,
  privacyPolicy: '/datenschutz',
  imprint: '/impressum',
  categories: [
    { name: 'necessary', title: { de: 'Notwendig', en: 'Necessary' } },
    { name: 'analytics', title: { de: 'Statistik', en: 'Statistics' } },
    { name: 'marketing', title: { de: 'Marketing', en: 'Marketing' } },
    { name: 'media', title: { de: 'Externe Medien', en: 'External media' } },
  ],
  services: [
    { name: 'matomo', category: 'analytics', provider: 'Example GmbH', cookies: [{ name: '^_pk_', duration: '13 months' }] },
    { name: 'google-analytics', category: 'analytics', provider: 'Google Ireland Limited', thirdCountry: 'USA', cookies: [{ name: '^_ga', duration: '2 years' }] },
    { name: 'google-ads', category: 'marketing', provider: 'Google Ireland Limited', cookies: [{ name: '^_gcl_', duration: '90 days' }] },
    { name: 'youtube', category: 'media', provider: 'Google Ireland Limited' },
  ],
};

/** `count` services spread over three categories, with realistic names. */
export function manyServices(count: number): Config {
  const categories = ['analytics', 'marketing', 'media'];
  const services: ServiceConfig[] = Array.from({ length: count }, (_, i) => ({
    name: `service-with-a-long-name-${String(i)}`,
    category: categories[i % 3] ?? 'analytics',
  }));
  return { categories: categories.map((name) => ({ name, title: name })), services };
}
