import { aboutGoogleFonts } from './about/google-fonts';
import type { Integration } from './integration';
import { runGoogleFonts, type GoogleFontsOptions } from './runtime/google-fonts';

export type { GoogleFontsOptions };

/**
 * Google Fonts, loaded only with consent (LG München I, 3 O 17493/20). Self-hosting the fonts needs
 * no consent at all, and is what we recommend.
 * @example createConsent(config, { integrations: [googleFonts({ families: ['Roboto:wght@400;700'] })] })
 */
export function googleFonts(options: GoogleFontsOptions): Integration {
  return { ...aboutGoogleFonts(options), ...runGoogleFonts(options) };
}
