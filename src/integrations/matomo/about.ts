import type { IntegrationService } from '../integration';
import { matomoBase, type MatomoOptions } from './runtime';

/** Matomo as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(options: MatomoOptions): Omit<IntegrationService, 'category'> {
  return {
    title: 'Matomo',
    provider: { message: 'matomoProvider' },
    purpose: { message: 'matomoPurpose' },
    hosts: [matomoBase(options.url)?.hostname ?? ''],
  };
}
