import { render } from 'preact';
import base from '../../themes/base.css?text';
import dark from '../../themes/dark.css?text';
import light from '../../themes/light.css?text';
import type { Einlass } from '../create';
import { App } from './app';
import { Declaration } from './declaration';
import { createI18n } from './i18n';
import { mountPlaceholders } from './placeholders';

/** Options for `mountUI`. */
export interface MountOptions {
  /** Language to show, instead of the config's `language` or the page's `<html lang>`. */
  readonly language?: string;
}

/**
 * Shows the banner, the settings and the embed placeholders for a consent manager, each in a shadow
 * root, so the site's CSS cannot break them and theirs cannot leak into the site; fills every
 * `[data-einlass-declaration]` with the cookie declaration. Returns the unmount function.
 * @example
 * const consent = createConsent(config);
 * const unmount = mountUI(consent);
 */
export function mountUI(einlass: Einlass, options: MountOptions = {}): () => void {
  const i18n = createI18n(einlass.config, options.language ?? document.documentElement.lang);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(base + light + dark);
  const hosts = new Set<HTMLElement>();
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const theme = () => (einlass.config.theme === 'auto' ? (scheme.matches ? 'dark' : 'light') : einlass.config.theme);
  // Placeholders come and go with consent: forget the hosts that have left the page.
  const forgetGone = () => {
    for (const host of hosts) if (!host.isConnected) hosts.delete(host);
  };
  const paint = () => {
    forgetGone();
    for (const host of hosts) host.setAttribute('data-theme', theme());
  };
  // Constructed stylesheets pass a strict Content-Security-Policy, where <style> elements would not.
  const dress = (host: HTMLElement) => {
    forgetGone();
    hosts.add(host);
    host.setAttribute('data-theme', theme());
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    return root;
  };
  scheme.addEventListener('change', paint);

  const host = document.createElement('einlass-ui');
  // First in the body, so keyboard users reach the banner first; it is fixed, so nothing moves.
  document.body.prepend(host);
  const root = dress(host);
  render(<App einlass={einlass} i18n={i18n} />, root);
  const stopPlaceholders = mountPlaceholders(einlass, i18n, dress);
  const declarations = [...document.querySelectorAll('[data-einlass-declaration]')];
  for (const element of declarations) render(<Declaration config={einlass.config} i18n={i18n} />, element);
  return () => {
    for (const element of declarations) render(null, element);
    scheme.removeEventListener('change', paint);
    stopPlaceholders();
    render(null, root);
    host.remove();
  };
}
