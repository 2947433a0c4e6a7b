import { render } from 'preact';
import base from '../../themes/base.css?text';
import dark from '../../themes/dark.css?text';
import iface from '../../themes/interface.css?text';
import light from '../../themes/light.css?text';
import type { Einlass } from '../create';
import { mountPlaceholders } from '../dom/placeholders';
import { watchLeaks } from '../dom/self-check';
import { createShadows } from '../dom/shadow';
import { App } from './app';
import { createI18n } from './i18n';

/** Options for `mountUI`. */
export interface MountOptions {
  /** Language to show, instead of the config's `language` or the page's `<html lang>`. */
  readonly language?: string;
  /** Put placeholders before blocked embeds (default true). The script tag turns this off when its embed part already does it. */
  readonly placeholders?: boolean;
}

/**
 * Shows the banner, the settings and the embed placeholders for a consent manager, each in a shadow
 * root, so the site's CSS cannot break them and theirs cannot leak into the site; fills every
 * `[data-einlass-declaration]` with the cookie declaration, and warns in the console about trackers
 * that load without consent. Returns the unmount function.
 * @example
 * const consent = createConsent(config);
 * const unmount = mountUI(consent);
 */
export function mountUI(einlass: Einlass, options: MountOptions = {}): () => void {
  const stopLeakCheck = watchLeaks(einlass.config);
  const i18n = createI18n(einlass.config, options.language ?? document.documentElement.lang);
  const shadows = createShadows(einlass.config.theme, base + iface + light + dark);
  const host = document.createElement('einlass-ui');
  // First in the body, so keyboard users reach the banner first; it is fixed, so nothing moves.
  document.body.prepend(host);
  const root = shadows.dress(host);
  render(<App einlass={einlass} i18n={i18n} />, root);
  const stopPlaceholders = options.placeholders === false ? undefined : mountPlaceholders(einlass, i18n, shadows.dress);
  const declarations = [...document.querySelectorAll('[data-einlass-declaration]')];
  let mounted = true;
  // Only a privacy-policy page has a declaration, so only that page fetches its code.
  if (declarations.length > 0) {
    import('./declaration')
      .then(({ Declaration }) => {
        if (mounted) for (const element of declarations) render(<Declaration config={einlass.config} i18n={i18n} />, element);
      })
      .catch((error: unknown) => { console.error('einlass: the cookie declaration could not be loaded:', error); });
  }
  return () => {
    mounted = false;
    for (const element of declarations) render(null, element);
    shadows.stop();
    stopLeakCheck();
    stopPlaceholders?.();
    render(null, root);
    host.remove();
  };
}
