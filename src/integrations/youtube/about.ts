import { BY_GOOGLE } from '../google';
import type { IntegrationService } from '../integration';

/** YouTube as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(): Omit<IntegrationService, 'category'> {
  return {
    title: 'YouTube',
    ...BY_GOOGLE,
    purpose: { message: 'youtubePurpose' },
    hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
  };
}
