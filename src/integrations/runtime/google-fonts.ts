import type { IntegrationRuntime } from '../integration';

/** Options of `googleFonts`: the stylesheet address Google gives you, or the families to build it from. */
export type GoogleFontsOptions = { readonly url: string } | { readonly families: readonly string[] };

export const CSS_HOST = 'https://fonts.googleapis.com/';

/** The stylesheet address, or `undefined` when the options give none on fonts.googleapis.com. */
export function fontsUrl(options: GoogleFontsOptions): string | undefined {
  const families = 'families' in options ? options.families : undefined;
  const url = families
    ? `${CSS_HOST}css2?${families.map((f) => `family=${f.trim().replace(/ /g, '+')}`).join('&')}&display=swap`
    : (options as { url: unknown }).url;
  const valid = typeof url === 'string' && url.startsWith(CSS_HOST) && (!families || (families.length > 0 && families.every((f) => /^[\w :@;,.]+$/.test(f))));
  return valid ? url : undefined;
}

/**
 * Google Fonts, loaded only with consent (LG München I, 3 O 17493/20): until then the page shows its
 * fallback fonts. The stylesheet and the preconnects are added on consent and removed on withdrawal.
 */
export function runGoogleFonts(options: GoogleFontsOptions): IntegrationRuntime {
  const url = fontsUrl(options);
  if (!url) throw new TypeError('einlass: googleFonts: invalid options');
  let remove: (() => void)[] = [];
  return {
    name: 'google-fonts',
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
