import type { IntegrationAbout } from '../integration';
import { CSS_HOST, fontsUrl, type GoogleFontsOptions } from '../runtime/google-fonts';
import { BY_GOOGLE, MEDIA } from './texts';

/** Google Fonts as the visitor reads about it; throws for options that give no stylesheet on fonts.googleapis.com. */
export function aboutGoogleFonts(options: GoogleFontsOptions): IntegrationAbout {
  if (!fontsUrl(options)) {
    throw new TypeError(`einlass: googleFonts: expected url to start with ${CSS_HOST}, or families such as ["Roboto:wght@400;700"], got ${JSON.stringify(options)}`);
  }
  return {
    category: MEDIA,
    service: {
      category: MEDIA.name,
      title: 'Google Fonts',
      ...BY_GOOGLE,
      purpose: { de: 'Schriftarten laden', en: 'Loading fonts' },
      hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
    },
  };
}
