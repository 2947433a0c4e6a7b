/**
 * The script-tag loader (`dist/einlass.js`), the only module with an effect on load. It applies a
 * stored decision by itself: integrations, the page's blocked elements, the reopen button. Deciding
 * (the banner, the settings, the validator, the actions) lives in the interface part, fetched only
 * when there is something to decide or to show. Whatever fails, it grants nothing and leaves the page working.
 */
import { grantNone } from './core/grants';
import { decodeRecord } from './core/record';
import { readShape, type ConfigShape } from './core/shape';
import { cookieValue } from './core/cookie-value';
import { createStores, grantQueries } from './core/stores';
import type { Einlass } from './create';
import { loadOnce } from './dom/activate';
import { proofsPending } from './dom/pending-proofs';
import { linkTabs } from './dom/tabs';
import { runtimesFromJson, type Running } from './integrations/runtime/from-json';
import { connectPage } from './page';
import type { ScriptTagEinlass } from './script-tag';

declare global {
  interface Window {
    Einlass?: ScriptTagEinlass;
  }
}

const CONFIG_SELECTOR = 'script[type="application/json"][data-einlass-config]';
// A module script has no `document.currentScript`; its element is the one with its address.
const script = [...document.scripts].find((s) => s.src === import.meta.url);
// A declaration needs the interface part; a blocked embed needs only a placeholder.
const DECLARATION = '[data-einlass-declaration]';
const BLOCKED_EMBED = 'iframe[data-service]:not([src]),iframe[data-category]:not([src])';

function readJson(): Record<string, unknown> {
  const id = script?.dataset.config;
  const block = id ? document.getElementById(id) : document.querySelector(CONFIG_SELECTOR);
  if (!block) {
    throw new Error(`einlass: no config found: put <script type="application/json" data-einlass-config>{…}</script> on the page${id ? ` (looked for id "${id}")` : ''}`);
  }
  try {
    return JSON.parse(block.textContent || '') as Record<string, unknown>;
  } catch (error) {
    throw new Error(`einlass: the config block is not valid JSON: ${(error as Error).message}`);
  }
}

function publish(einlass: ScriptTagEinlass): void {
  window.Einlass = einlass;
  document.dispatchEvent(new CustomEvent('einlass:ready', { detail: einlass }));
}

function start(): void {
  const json = readJson();
  // An element without a nonce reads as "": only a real one is passed on.
  const nonce = script?.nonce === '' ? undefined : script?.nonce;
  let running: Running[] = [];
  let shape: ConfigShape | undefined;
  try {
    running = runtimesFromJson(json.integrations);
    shape = readShape(json, running.map((r) => ({ name: r.runtime.name, category: r.category })));
  } catch {
    // The interface part's validator says what is wrong.
  }
  const read = () => shape && cookieValue(document.cookie, shape.cookie.name);
  const stored = read();
  const record = shape ? decodeRecord(stored, shape, Date.now()) : null;
  const stores = shape && createStores(record ?? grantNone(shape), record);
  // Another tab decided: the interface part follows it, and withdraws what must go.
  const tabs = shape && linkTabs(`einlass:${shape.cookie.name}`, (value) => {
    if ((value ?? read()) !== stored) ask();
  });
  let engine: Promise<Einlass> | undefined;
  let embedPart = false;

  const loaded = (part: string) => (error: unknown) => {
    throw new Error(`einlass: the ${part} could not be loaded (${(error as Error).message}); stored choices still apply.`);
  };
  const full = (): Promise<Einlass> =>
    // The interface part imports the embed part's code: asking for both at once saves a round trip.
    (engine ??= Promise.all([import('./browser-ui'), import('./browser-embed')]).catch(loaded('interface part')).then(([part]) => {
      tabs?.stop();
      const einlass = part.start(json, { running, started: stores && { stores }, nonce, placeholders: !embedPart });
      if (window.Einlass) Object.assign(window.Einlass, einlass);
      else publish(einlass);
      return einlass;
    }));
  const ask = (then?: (einlass: Einlass) => void) => {
    full().then(then).catch((error: unknown) => { console.error(error); });
  };

  // Only the interface part sends proofs, so waiting ones bring it in.
  if (!shape || !stores || !record || (shape.consentLog && proofsPending())) {
    ask();
    if (!shape || !stores) return;
  }
  const later = <T>(act: (einlass: Einlass) => T) => () => full().then(act);
  const handle: ScriptTagEinlass = {
    ...stores,
    ...grantQueries(stores.$grants),
    integration: (name) => running.find((r) => r.runtime.name === name)?.runtime,
    activate: loadOnce,
    showSettings: () => { ask((einlass) => { einlass.showSettings(); }); },
    closeSettings: () => void engine?.then((einlass) => { einlass.closeSettings(); }),
    acceptAll: later((einlass) => einlass.acceptAll()),
    rejectAll: later((einlass) => einlass.rejectAll()),
    save: (selection) => full().then((einlass) => einlass.save(selection)),
    reset: later((einlass) => { einlass.reset(); }),
  };
  connectPage({
    config: shape,
    ...stores,
    showSettings: handle.showSettings,
    integrations: running.map((r) => r.runtime),
    nonce: shape.nonce ?? nonce,
  });
  if (!record) return;
  publish(handle);
  const needed = () => {
    if (document.querySelector(DECLARATION)) ask();
    else if (!engine && document.querySelector(BLOCKED_EMBED)) {
      embedPart = true;
      import('./browser-embed').catch(loaded('embed part')).then((part) => { part.mount(handle, json, running); }).catch((error: unknown) => { console.error(error); });
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', needed, { once: true });
  else needed();
}

try {
  start();
} catch (error) {
  console.error(error);
}
