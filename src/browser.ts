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

// A declaration needs the interface part; a blocked embed needs only a placeholder.
const DECLARATION = '[data-einlass-declaration]';
const BLOCKED_EMBED = 'iframe[data-service]:not([src]),iframe[data-category]:not([src])';

/**
 * Fetches the parts beside this script (or beside `data-ui`), with its nonce, the first time each is
 * needed: the interface part (Preact, texts, CSS) when the banner or settings must show or a
 * declaration is on the page; otherwise, for a blocked embed, only the small embed part.
 */
function loadParts(einlass: Einlass): void {
  const ui = script?.dataset.ui ?? (script instanceof HTMLScriptElement && script.src ? new URL('einlass-ui.js', script.src).href : undefined);
  if (!ui) return;
  const nonce = einlass.config.nonce ?? script?.nonce;
  const add = (part: string, src: string, placeholdersOff?: boolean) => {
    const element = document.createElement('script');
    element.src = src;
    if (nonce) element.nonce = nonce;
    if (placeholdersOff) element.dataset.placeholders = 'off';
    element.addEventListener('error', () => {
      console.error(`einlass: the ${part} could not be loaded from ${src}; stored choices still apply.`);
    });
    document.head.append(element);
  };
  let interfaceRequested = false;
  let embedRequested = false;
  const loadInterface = () => {
    if (interfaceRequested) return;
    interfaceRequested = true;
    add('interface', ui, embedRequested);
  };
  einlass.$view.subscribe((view) => {
    if (view) loadInterface();
  });
  const needed = () => {
    if (document.querySelector(DECLARATION)) loadInterface();
    else if (!interfaceRequested && document.querySelector(BLOCKED_EMBED)) {
      embedRequested = true;
      add('embed placeholders', new URL('einlass-embed.js', new URL(ui, document.baseURI)).href);
    }
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
    loadParts(einlass);
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
