import { render } from 'preact';
import base from '../../themes/base.css?text';
import dark from '../../themes/dark.css?text';
import iface from '../../themes/interface.css?text';
import light from '../../themes/light.css?text';
import { watchLeaks } from '../dom/self-check';
import type { Einlass } from '../types';
import { App } from './app';
import { withI18n } from './i18n';
import { mountPlaceholders } from './placeholders';
import { followReopen } from './reopen-button';
import { createShadows } from './shadow';

/** Options for `mountUI`. */
export interface MountOptions {
  /** Language to show instead of the page's `<html lang>`, among those the config offers. */
  readonly language?: string;
  /** Put placeholders before blocked embeds (default true). The script tag turns this off when its embed part already does it. */
  readonly placeholders?: boolean;
  /** Show the floating button that reopens the settings, as the config says (default true). The script tag's loader shows its own. */
  readonly reopenButton?: boolean;
}

/**
 * Shows the banner, the settings, the floating button and the embed placeholders for a consent
 * manager, each in a shadow root, so the site's CSS cannot break them and theirs cannot leak into
 * the site; fills every `[data-einlass-declaration]` with the cookie declaration, and warns in the
 * console about trackers that load without consent. The texts of the language shown are fetched
 * first (at once when already fetched). Returns the unmount function.
 * @example
 * const consent = createConsent(config);
 * const unmount = mountUI(consent);
 */
export function mountUI(einlass: Einlass, options: MountOptions = {}): () => void {
  const stopLeakCheck = watchLeaks(einlass.config);
  const shadows = createShadows(einlass.config.theme, base + iface + light + dark);
  const host = document.createElement('einlass-ui');
  // First in the body, so keyboard users reach the banner first; it is fixed, so nothing moves.
  document.body.prepend(host);
  const root = shadows.dress(host);
  const declarations = [...document.querySelectorAll('[data-einlass-declaration]')];
  const stops: (() => void)[] = [];
  let mounted = true;
  const cancel = withI18n(einlass.config, options.language, (i18n) => {
    render(<App einlass={einlass} i18n={i18n} />, root);
    if (options.placeholders !== false) stops.push(mountPlaceholders(einlass, i18n, shadows.dress));
    if (options.reopenButton !== false) stops.push(followReopen(einlass, i18n.t('reopen')));
    // Only a privacy-policy page has a declaration, so only that page fetches its code.
    if (declarations.length === 0) return;
    import('./declaration')
      .then(({ Declaration }) => {
        if (mounted) for (const element of declarations) render(<Declaration config={einlass.config} i18n={i18n} />, element);
      })
      .catch((error: unknown) => { console.error('einlass: the cookie declaration could not be loaded:', error); });
  });
  return () => {
    mounted = false;
    cancel();
    for (const element of declarations) render(null, element);
    shadows.stop();
    stopLeakCheck();
    stops.forEach((stop) => { stop(); });
    render(null, root);
    host.remove();
  };
}
