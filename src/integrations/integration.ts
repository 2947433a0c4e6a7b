import type { CategoryConfig, ServiceConfig } from '../types';

/** What an integration may use: the page's window, einlass's consent lifetime and a loader that carries the CSP nonce. */
export interface IntegrationContext {
  readonly window: Window & Record<string, unknown>;
  /** How long consent lasts, so vendors' own consent memories expire with it. */
  readonly lifetimeDays: number;
  /** Adds a script once per address (async, with the page's nonce). */
  readonly loadScript: (src: string) => void;
  /** Adds a `<link>`; returns the function that removes it. */
  readonly addLink: (rel: string, href: string, crossOrigin?: boolean) => () => void;
}

/**
 * What an integration does on the page. `setup` runs at start and may only queue commands (Consent
 * Mode defaults, Matomo's `requireConsent`), never make a request; `grant` runs when the visitor
 * allows the service, `revoke` when they withdraw it. The script-tag loader runs this part alone.
 */
export interface IntegrationRuntime {
  readonly name: string;
  readonly setup?: (context: IntegrationContext) => void;
  readonly grant: (context: IntegrationContext) => void;
  readonly revoke?: (context: IntegrationContext) => void;
}

/** What the visitor reads about an integration: its service joins the config, and so does its category when the config has none of that name. */
export interface IntegrationAbout {
  readonly service: Omit<ServiceConfig, 'name'>;
  readonly category: CategoryConfig;
}

/** The one shape of every integration: what it does and what the visitor reads about it. */
export interface Integration extends IntegrationRuntime, IntegrationAbout {}
