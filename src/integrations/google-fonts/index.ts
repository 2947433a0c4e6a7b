import { factory } from '../define';
import type { Integration } from '../integration';
import { about } from './about';
import { googleFontsIntegration } from './runtime';
import type { GoogleFontsOptions } from './runtime';

export type { GoogleFontsOptions };

/**
 * Google Fonts, loaded only with consent (LG München I, 3 O 17493/20). Self-hosting the fonts needs
 * no consent at all, and is what we recommend.
 * @example createConsent(config, { integrations: [googleFonts({ families: ['Roboto:wght@400;700'] })] })
 */
export const googleFonts: (options: GoogleFontsOptions) => Integration = factory(googleFontsIntegration, about);
