import type { Theme } from '../types';

/** Gives hosts a themed shadow root; `stop` ends following the colour scheme. */
export interface Shadows {
  readonly dress: (host: HTMLElement) => ShadowRoot;
  readonly stop: () => void;
}

/**
 * Shadow roots that share one constructed stylesheet, which passes a strict Content-Security-Policy
 * where a `<style>` element would not. Each host carries `data-theme`; `auto` follows the visitor's
 * colour scheme as it changes.
 */
export function createShadows(theme: Theme, css: string): Shadows {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const hosts = new Set<HTMLElement>();
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const current = () => (theme === 'auto' ? (scheme.matches ? 'dark' : 'light') : theme);
  // Placeholders come and go with consent: forget the hosts that have left the page.
  const forgetGone = () => {
    for (const host of hosts) if (!host.isConnected) hosts.delete(host);
  };
  const paint = () => {
    forgetGone();
    for (const host of hosts) host.setAttribute('data-theme', current());
  };
  scheme.addEventListener('change', paint);
  return {
    dress: (host) => {
      forgetGone();
      hosts.add(host);
      host.setAttribute('data-theme', current());
      const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      return root;
    },
    stop: () => {
      scheme.removeEventListener('change', paint);
    },
  };
}
