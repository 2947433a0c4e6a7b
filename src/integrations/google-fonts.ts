import type { Integration } from './integration';
import { BY_GOOGLE, MEDIA } from './texts';

/** Options of `googleFonts`: the stylesheet address Google gives you, or the families to build it from. */
export type GoogleFontsOptions = { readonly url: string } | { readonly families: readonly string[] };

const CSS_HOST = 'https://fonts.googleapis.com/';

/**
 * Google Fonts, loaded only with consent (LG München I, 3 O 17493/20): until then the page shows its
 * fallback fonts. The stylesheet and the preconnects are added on consent and removed on withdrawal.
 * Self-hosting the fonts needs no consent at all, and is what we recommend.
 */
export function googleFonts(options: GoogleFontsOptions): Integration {
  const families = 'families' in options ? options.families : undefined;
  const url = families
    ? `${CSS_HOST}css2?${families.map((f) => `family=${f.trim().replace(/ /g, '+')}`).join('&')}&display=swap`
    : (options as { url: string }).url;
  if (!url.startsWith(CSS_HOST) || families?.length === 0 || families?.some((f) => !/^[\w :@;,.]+$/.test(f))) {
    throw new TypeError(`einlass: googleFonts: expected url to start with ${CSS_HOST}, or families such as ["Roboto:wght@400;700"], got ${JSON.stringify(options)}`);
  }
  let remove: (() => void)[] = [];
  return {
    name: 'google-fonts',
    category: MEDIA,
    service: {
      category: MEDIA.name,
      title: 'Google Fonts',
      ...BY_GOOGLE,
      purpose: { de: 'Schriftarten laden', en: 'Loading fonts' },
      hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
    },
    grant: (context) => {
      if (remove.length > 0) return;
      remove = [
        context.addLink('preconnect', 'https://fonts.googleapis.com'),
        context.addLink('preconnect', 'https://fonts.gstatic.com', true),
        context.addLink('stylesheet', url),
      ];
    },
    revoke: () => {
      remove.forEach((undo) => { undo(); });
      remove = [];
    },
  };
}
