import type { IntegrationAbout } from '../integration';
import { BY_GOOGLE, MEDIA } from './texts';

/** YouTube as the visitor reads about it. */
export function aboutYoutube(): IntegrationAbout {
  return {
    category: MEDIA,
    service: {
      category: MEDIA.name,
      title: 'YouTube',
      ...BY_GOOGLE,
      purpose: { de: 'Eingebettete Videos abspielen', en: 'Playing embedded videos' },
      hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
      cookies: [
        {
          name: 'VISITOR_INFO1_LIVE',
          duration: { de: '6 Monate', en: '6 months' },
          description: { de: 'Von YouTube beim Abspielen gesetzt, auf youtube-nocookie.com', en: 'Set by YouTube on playback, on youtube-nocookie.com' },
        },
      ],
    },
  };
}
