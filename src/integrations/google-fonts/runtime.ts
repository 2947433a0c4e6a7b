import { MEDIA } from '../categories';
import type { IntegrationDefinition, IntegrationRuntime } from '../integration';

/** Options of `googleFonts`: the stylesheet address Google gives you, or the families to build it from. */
export type GoogleFontsOptions = { readonly url: string } | { readonly families: readonly string[] };

const CSS_HOST = 'https://fonts.googleapis.com/';

/** The stylesheet address, or `undefined` when the options (unchecked input) give none on fonts.googleapis.com. */
function fontsUrl(options: Readonly<Record<string, unknown>>): string | undefined {
  const { families, url } = options;
  if (families === undefined) return typeof url === 'string' && url.startsWith(CSS_HOST) ? url : undefined;
  const valid = Array.isArray(families) && families.length > 0 && families.every((f) => typeof f === 'string' && /^[\w :@;,.]+$/.test(f));
  return valid ? `${CSS_HOST}css2?${(families as string[]).map((f) => `family=${f.trim().replace(/ /g, '+')}`).join('&')}&display=swap` : undefined;
}

/**
 * Google Fonts, loaded only with consent (LG München I, 3 O 17493/20): until then the page shows its
 * fallback fonts. The stylesheet and the preconnects are added on consent and removed on withdrawal.
 */
function runGoogleFonts(options: GoogleFontsOptions): IntegrationRuntime {
  const url = fontsUrl(options) ?? '';
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

/** Google Fonts in the registry: its key in the script tag's config, its options' check, its category and runtime. */
export const googleFontsIntegration: IntegrationDefinition<GoogleFontsOptions> = {
  key: 'googleFonts',
  options: ['url', 'families'],
  check: (options) => (fontsUrl(options) ? [] : [{ field: 'url', code: 'like', got: options.url ?? options.families, args: { example: '"https://fonts.googleapis.com/css2?family=Roboto", or families such as ["Roboto:wght@400;700"]' } }]),
  category: MEDIA,
  cookies: [],
  run: runGoogleFonts,
  about: () => import('./about').then((m) => m.about()),
};
