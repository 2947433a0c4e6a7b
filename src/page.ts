import type { ReadableAtom } from 'nanostores';
import { pickLanguage } from './core/language';
import type { View } from './core/view';
import { startGate } from './dom/gate';
import { addLink, createScriptLoader } from './dom/load';
import { allows } from './dom/gated';
import { showReopenButton } from './dom/reopen-button';
import type { ConfigShape } from './core/shape';
import type { IntegrationContext, IntegrationRuntime } from './integrations/integration';
import type { Grants } from './types';

/** The page side of `createConsent`: what its stores do to the document. */
export interface PageLink {
  readonly config: ConfigShape;
  readonly $grants: ReadableAtom<Grants>;
  readonly $view: ReadableAtom<View>;
  readonly showSettings: () => void;
  readonly integrations: readonly IntegrationRuntime[];
  /** The page's CSP nonce, for the scripts einlass adds. */
  readonly nonce: string | undefined;
}

/**
 * Runs each integration's setup now, its grant when its service is allowed and its revoke when that
 * is withdrawn. One integration that throws must not stop the others, nor the page.
 */
function runIntegrations(link: PageLink): () => void {
  const context: IntegrationContext = {
    window: window as unknown as IntegrationContext['window'],
    lifetimeDays: link.config.cookie.lifetimeDays,
    loadScript: createScriptLoader(link.nonce),
    addLink: (rel, href, crossOrigin) => addLink(rel, href, crossOrigin, link.nonce),
  };
  const guarded = (integration: IntegrationRuntime, step: 'setup' | 'grant' | 'revoke') => {
    try {
      integration[step]?.(context);
    } catch (error) {
      console.error(`einlass: ${integration.name} failed in ${step}:`, error);
    }
  };
  link.integrations.forEach((integration) => { guarded(integration, 'setup'); });
  const active = new Set<IntegrationRuntime>();
  return link.$grants.subscribe((grants) => {
    for (const integration of link.integrations) {
      const allowed = grants.services[integration.name] === true;
      if (allowed === active.has(integration)) continue;
      if (allowed) active.add(integration);
      else active.delete(integration);
      guarded(integration, allowed ? 'grant' : 'revoke');
    }
  });
}

// The loader's only texts; the interface part brings all the others.
const REOPEN_LABEL: Readonly<Record<string, string>> = { de: 'Datenschutz-Einstellungen', en: 'Privacy settings' };

/** Lets in what is granted, now and whenever grants change; `followWithdrawals` takes it back. */
function gatePage(link: PageLink): () => void {
  const { $grants } = link;
  const gate = startGate(document, { isAllowed: (g) => allows($grants.get(), g), nonce: link.nonce });
  const unsubscribe = $grants.subscribe(() => {
    gate.apply();
  });
  return () => {
    unsubscribe();
    gate.stop();
  };
}

/** Any element marked `data-einlass-open` (a footer link "Cookie-Einstellungen") opens the settings, and so does the floating button. */
function connectReopen(link: PageLink): () => void {
  const { config } = link;
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-einlass-open]')) return;
    event.preventDefault();
    link.showSettings();
  };
  document.addEventListener('click', onClick);
  let hide: (() => void) | undefined;
  const lang = pickLanguage(config.language ?? document.documentElement.lang, Object.keys({ ...REOPEN_LABEL, ...config.texts }));
  const label = config.texts[lang]?.reopen ?? REOPEN_LABEL[lang] ?? 'Privacy settings';
  const unsubscribe = link.$view.subscribe((view) => {
    if (view === null && config.floatingButton && !hide) {
      const show = () => (hide = showReopenButton(label, link.showSettings));
      // A script in <head> runs before <body> exists.
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, { once: true });
      else show();
    } else if (view !== null) {
      hide?.();
      hide = undefined;
    }
  });
  return () => {
    document.removeEventListener('click', onClick);
    unsubscribe();
    hide?.();
  };
}

/** Connects consent to the page; returns the function that disconnects it. */
export function connectPage(link: PageLink): () => void {
  // Integrations first: on withdrawal they switch their vendor off before the cookies go.
  const stopIntegrations = runIntegrations(link);
  const stopGate = gatePage(link);
  const stopReopen = connectReopen(link);
  return () => {
    stopIntegrations();
    stopGate();
    stopReopen();
  };
}
