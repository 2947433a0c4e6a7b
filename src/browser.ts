/**
 * The script-tag entry, and the only module with an effect on load: it finds the config, starts
 * consent management and publishes it as `window.Einlass`. Whatever fails, it reports in the
 * console, grants nothing and leaves the page working.
 */
import { createConsent, type Einlass } from './create';
import { integrationsFromJson } from './integrations/from-json';
import type { Config } from './types';

declare global {
  interface Window {
    Einlass?: Einlass;
  }
}

const CONFIG_SELECTOR = 'script[type="application/json"][data-einlass-config]';
const script = document.currentScript;

function readConfig(): Config & { integrations?: unknown } {
  const id = script?.dataset.config;
  const block = id ? document.getElementById(id) : document.querySelector(CONFIG_SELECTOR);
  if (!block) {
    throw new Error(`einlass: no config found: put <script type="application/json" data-einlass-config>{…}</script> on the page${id ? ` (looked for id "${id}")` : ''}`);
  }
  try {
    return JSON.parse(block.textContent || '') as Config & { integrations?: unknown };
  } catch (error) {
    throw new Error(`einlass: the config block is not valid JSON: ${(error as Error).message}`);
  }
}

// What needs the interface part even after a decision: a blocked embed's placeholder, a cookie declaration.
const NEEDS_INTERFACE = 'iframe[data-service]:not([src]),iframe[data-category]:not([src]),[data-einlass-declaration]';

/**
 * Fetches the interface part (Preact, texts, CSS) from beside this script, with its nonce, the first
 * time it is needed: the banner or settings must show, or a blocked embed needs its placeholder.
 */
function loadInterface(einlass: Einlass): void {
  const src = script?.dataset.ui ?? (script instanceof HTMLScriptElement && script.src ? new URL('einlass-ui.js', script.src).href : undefined);
  if (!src) return;
  let requested = false;
  const load = () => {
    if (requested) return;
    requested = true;
    const ui = document.createElement('script');
    ui.src = src;
    const nonce = einlass.config.nonce ?? script?.nonce;
    if (nonce) ui.nonce = nonce;
    ui.addEventListener('error', () => {
      console.error(`einlass: the interface could not be loaded from ${src}; stored choices still apply.`);
    });
    document.head.append(ui);
  };
  einlass.$view.subscribe((view) => {
    if (view) load();
  });
  const needed = () => {
    if (document.querySelector(NEEDS_INTERFACE)) load();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', needed, { once: true });
  else needed();
}

function start(): void {
  try {
    const { integrations, ...config } = readConfig();
    // An element without a nonce reads as "": only a real one is passed on.
    const nonce = script?.nonce === '' ? undefined : script?.nonce;
    const einlass = createConsent(config, { integrations: integrationsFromJson(integrations), nonce });
    window.Einlass = einlass;
    document.dispatchEvent(new CustomEvent('einlass:ready', { detail: einlass }));
    loadInterface(einlass);
  } catch (error) {
    console.error(error);
  }
}

// A config block placed after a synchronous einlass script is not parsed yet.
if (document.readyState === 'loading' && !document.querySelector(script?.dataset.config ? `#${CSS.escape(script.dataset.config)}` : CONFIG_SELECTOR)) {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
