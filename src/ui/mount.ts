import base from '../../themes/base.css?text';
import dark from '../../themes/dark.css?text';
import iface from '../../themes/interface.css?text';
import light from '../../themes/light.css?text';
import { watchLeaks } from '../dom/self-check';
import type { Einlass } from '../types';
import { mountBanner } from './banner';
import { intoBody } from './body';
import { withI18n, type I18n } from './i18n';
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
 * Opens the settings whenever `$view` says so. Their code (Preact, the switches) is fetched the
 * first time, so a visitor who only answers the banner never loads it.
 */
function followSettings(parent: ParentNode, einlass: Einlass, i18n: I18n): () => void {
  let code: Promise<typeof import('./settings')> | undefined;
  let close: (() => void) | undefined;
  let live = true;
  const stop = einlass.$view.subscribe((view) => {
    if (view !== 'settings') {
      close?.();
      close = undefined;
      return;
    }
    (code ??= import('./settings'))
      .then(({ mountSettings }) => {
        if (live && !close && einlass.$view.get() === 'settings') close = mountSettings(parent, einlass, i18n);
      })
      .catch((error: unknown) => { console.error('einlass: the settings could not be loaded:', error); });
  });
  return () => {
    live = false;
    stop();
    close?.();
  };
}

/** The interface on this page: one at a time, or the visitor would see (and answer) two banners. */
let mounted: (() => void) | undefined;

/**
 * Shows the banner, the settings, the floating button and the embed placeholders for a consent
 * manager, each in a shadow root, so the site's CSS cannot break them and theirs cannot leak into
 * the site; fills every `[data-einlass-declaration]` with the cookie declaration, and warns in the
 * console about trackers that load without consent. The texts of the language shown are fetched
 * first (at once when already fetched). Returns the unmount function. Browser only: it throws
 * without a `document`. A second mount replaces the first, with a warning.
 * @example
 * const consent = createConsent(config);
 * const unmount = mountUI(consent);
 */
export function mountUI(einlass: Einlass, options: MountOptions = {}): () => void {
  // An error rather than a quiet no-op: a banner that never shows on the server would look like
  // one that never shows in the browser, while `createConsent` alone answers what a server asks.
  if (typeof document === 'undefined') throw new Error('einlass: mountUI needs a browser (document); on the server, render nothing and call it in the browser');
  // The newest mount wins: after a hot reload it is the one with the current code and config.
  if (mounted) {
    console.warn('einlass: mountUI was called while an interface is mounted; that one is replaced. Call the unmount function mountUI returned before mounting again.');
    mounted();
  }
  const stopLeakCheck = watchLeaks(einlass.config);
  const shadows = createShadows(einlass.config.theme, base + iface + light + dark);
  const host = document.createElement('einlass-ui');
  // First in the body, so keyboard users reach the banner first; it is fixed, so nothing moves.
  const stopWaiting = intoBody(host, true);
  const root = shadows.dress(host);
  const declarations = [...document.querySelectorAll('[data-einlass-declaration]')];
  const stops: (() => void)[] = [];
  let live = true;
  const cancel = withI18n(einlass.config, options.language, (i18n) => {
    stops.push(mountBanner(root, einlass, i18n), followSettings(root, einlass, i18n));
    if (options.placeholders !== false) stops.push(mountPlaceholders(einlass, i18n, shadows.dress));
    if (options.reopenButton !== false) stops.push(followReopen(einlass, i18n.t('reopen')));
    // Only a privacy-policy page has a declaration, so only that page fetches its code.
    if (declarations.length === 0) return;
    import('./declaration')
      .then(({ mountDeclaration }) => {
        if (live) for (const element of declarations) stops.push(mountDeclaration(element, einlass, i18n));
      })
      .catch((error: unknown) => { console.error('einlass: the cookie declaration could not be loaded:', error); });
  });
  const unmount = () => {
    // Once only: the first mount's unmount, called after a second mount replaced it, must not touch that one.
    if (!live) return;
    live = false;
    if (mounted === unmount) mounted = undefined;
    cancel();
    shadows.stop();
    stopLeakCheck();
    stops.forEach((stop) => { stop(); });
    stopWaiting();
    host.remove();
  };
  mounted = unmount;
  return unmount;
}
