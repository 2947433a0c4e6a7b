import { BY_GOOGLE } from '../google';
import type { IntegrationService } from '../integration';

/** Google Fonts as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(): Omit<IntegrationService, 'category'> {
  return {
    title: 'Google Fonts',
    ...BY_GOOGLE,
    purpose: { message: 'googleFontsPurpose' },
    hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
  };
}
