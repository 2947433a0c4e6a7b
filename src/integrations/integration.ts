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
 * The one shape of every integration. `setup` runs at start and may only queue commands (Consent
 * Mode defaults, Matomo's `requireConsent`), never make a request; `grant` runs when the visitor
 * allows the service, `revoke` when they withdraw it. The service's description, cookies and hosts
 * join the config, and so does its category when the config has none of that name.
 */
export interface Integration {
  readonly name: string;
  readonly service: Omit<ServiceConfig, 'name'>;
  readonly category: CategoryConfig;
  readonly setup?: (context: IntegrationContext) => void;
  readonly grant: (context: IntegrationContext) => void;
  readonly revoke?: (context: IntegrationContext) => void;
}
