import { asksConsent, grantNone } from './core/grants';
import { pickRecord } from './core/record';
import { createStores, grantQueries, type ConsentStores } from './core/stores';
import { createView, type ViewState } from './core/view';
import { loadOnce } from './dom/activate';
import { startGate } from './dom/gate';
import { keepRefusedCookiesOut } from './dom/cookies';
import { allows } from './dom/gated';
import { addLink, createScriptLoader } from './dom/load';
import type { IntegrationContext, IntegrationRuntime } from './integrations/integration';
import type { ConsentRecord, Einlass, Grants, ResolvedConfig } from './types';

/** What `apply` needs besides the config. */
export interface ApplyOptions {
  /** Reads what is stored under the consent cookie's name (one value, or all of them). */
  readonly read: () => string | readonly string[] | undefined;
  readonly now: () => number;
  /** Gate the page's blocked elements and run the integrations (default true; ignored without a DOM). */
  readonly gate?: boolean;
  readonly integrations?: readonly IntegrationRuntime[];
  /** The page's CSP nonce, for the scripts and stylesheets einlass adds. */
  readonly nonce?: string | undefined;
}

/** A stored decision applied to the page: the stores, the view, and what reads the stored decision again. */
export interface Applied extends ConsentStores, Omit<ViewState, '$view'> {
  readonly config: ResolvedConfig;
  readonly integrations: readonly IntegrationRuntime[];
  /** A running integration by service name, e.g. `integration('google-ads')` for its `conversion`. */
  readonly integration: (name: string) => IntegrationRuntime | undefined;
  readonly nonce: string | undefined;
  /** Whether the page is gated (a DOM, and `gate` not turned off). */
  readonly gated: boolean;
  /** The stored decision, read again (or read from `value`, a tab's message): `null` when none is valid. */
  readonly load: (value?: string) => ConsentRecord | null;
  /** Stops gating, the integrations and the links. */
  readonly stop: () => void;
}

/**
 * Runs each integration's setup now, its grant when its service is allowed and its revoke when that
 * is withdrawn. One integration that throws must not stop the others, nor the page.
 */
function runIntegrations(applied: Applied, now: () => number): () => void {
  const { lifetimeDays } = applied.config.cookie;
  const context: IntegrationContext = {
    window: window as unknown as IntegrationContext['window'],
    config: applied.config,
    decided: () => applied.$decided.get(),
    hoursLeft: () => {
      const time = now();
      // The stores change together (core/consent.ts), so the record is the decision being applied.
      const decided = applied.$record.get()?.updated ?? time;
      return Math.max((decided - time) / 3.6e6 + lifetimeDays * 24, 1 / 3600);
    },
    loadScript: createScriptLoader(applied.nonce),
    addLink: (rel, href, crossOrigin) => addLink(rel, href, crossOrigin, applied.nonce),
  };
  const guarded = (integration: IntegrationRuntime, step: 'setup' | 'grant' | 'revoke' | 'update', grants: Grants = applied.$grants.get()) => {
    try {
      integration[step]?.(context, grants);
    } catch (error) {
      console.error(`einlass: ${integration.name} failed in ${step}:`, error);
    }
  };
  applied.integrations.forEach((integration) => { guarded(integration, 'setup'); });
  const active = new Set<IntegrationRuntime>();
  return applied.$grants.subscribe((grants) => {
    applied.integrations.forEach((integration) => { guarded(integration, 'update', grants); });
    for (const integration of applied.integrations) {
      const allowed = grants.services[integration.name] === true;
      if (allowed === active.has(integration)) continue;
      if (allowed) active.add(integration);
      else active.delete(integration);
      guarded(integration, allowed ? 'grant' : 'revoke');
    }
  });
}

/** Lets in what is granted, now and whenever grants change; `followWithdrawals` takes it back. */
function gatePage(applied: Applied): () => void {
  const gate = startGate(document, { isAllowed: (g) => allows(applied.$grants.get(), g), nonce: applied.nonce });
  const unsubscribe = applied.$grants.subscribe(() => {
    gate.apply();
  });
  return () => {
    unsubscribe();
    gate.stop();
  };
}

/** Any element marked `data-einlass-open` (a footer link "Cookie-Einstellungen") opens the settings. */
function followLinks(applied: Applied): () => void {
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-einlass-open]')) return;
    event.preventDefault();
    applied.openSettings();
  };
  document.addEventListener('click', onClick);
  return () => {
    document.removeEventListener('click', onClick);
  };
}

/** What every face of einlass reads the same way: the script tag's `window.Einlass` and `createConsent`'s result. */
export function readingsOf(applied: Applied): Omit<Einlass, 'acceptAll' | 'rejectAll' | 'save' | 'reset' | 'destroy'> {
  return {
    config: applied.config,
    $record: applied.$record,
    $grants: applied.$grants,
    $decided: applied.$decided,
    $view: applied.$view,
    ...grantQueries(applied.$grants),
    integration: applied.integration as Einlass['integration'],
    activate: loadOnce,
    showSettings: applied.openSettings,
    closeSettings: applied.closeSettings,
  };
}

/**
 * The first phase of einlass: reads the stored decision and applies it to the page (stores, gate,
 * integrations, the refused services' cookies, the links that open the settings). It decides
 * nothing and stores no decision, so the script tag runs it alone on a repeat visit; `decide` adds
 * the actions.
 */
export function apply(config: ResolvedConfig, options: ApplyOptions): Applied {
  const load = (value?: string) => {
    const stored = value ?? options.read();
    return pickRecord(typeof stored === 'string' ? [stored] : (stored ?? []), config, options.now());
  };
  const record = load();
  const stores = createStores(record ?? grantNone(config), record);
  let stop: () => void = () => undefined;
  const integrations = options.integrations ?? [];
  const gated = typeof document !== 'undefined' && options.gate !== false;
  const applied: Applied = {
    ...createView(stores.$decided, stores.$view, asksConsent(config)),
    ...stores,
    config,
    integrations,
    integration: (name) => integrations.find((i) => i.name === name),
    nonce: config.nonce ?? options.nonce,
    gated,
    load,
    stop: () => { stop(); },
  };
  if (gated) {
    // Integrations first: on withdrawal they switch their vendor off before the cookies go.
    const stops = [runIntegrations(applied, options.now), keepRefusedCookiesOut(applied.$grants, config.services, config.cookie.name), gatePage(applied), followLinks(applied)];
    stop = () => { stops.forEach((s) => { s(); }); };
  }
  return applied;
}
