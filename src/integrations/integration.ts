import type { Problem } from '../core/config-reader';
import type { Grants, IntegrationAbout, IntegrationService, ResolvedConfig, ResolvedCookie } from '../types';

export type { IntegrationAbout, IntegrationService } from '../types';

/** What an integration may use: the page's window, the time einlass's decision has left and a loader that carries the CSP nonce. */
export interface IntegrationContext {
  readonly window: Window & Record<string, unknown>;
  /** The config being applied (in the script tag's loader, without the texts the visitor reads). */
  readonly config: ResolvedConfig;
  /** Whether the visitor has decided (a stored decision counts). */
  readonly decided: () => boolean;
  /**
   * The hours until the decision being applied expires (more than 0, not rounded up), so that a
   * vendor's own memory of consent or refusal never outlives einlass's.
   */
  readonly hoursLeft: () => number;
  /** Adds a script once per address (async, with the page's nonce). */
  readonly loadScript: (src: string) => void;
  /** Adds a `<link>`; returns the function that removes it. */
  readonly addLink: (rel: string, href: string, crossOrigin?: boolean) => () => void;
}

/**
 * What an integration does on the page. `setup` runs at start and may only queue commands (Consent
 * Mode defaults, Matomo's `requireConsent`), never make a request; `grant` runs when the visitor
 * allows the service, `revoke` when they withdraw it, `update` whenever anything changes.
 */
export interface IntegrationRuntime {
  readonly name: string;
  readonly setup?: (context: IntegrationContext) => void;
  readonly grant: (context: IntegrationContext) => void;
  readonly revoke?: (context: IntegrationContext) => void;
  /** Runs on every change of the grants, a stored decision at the start included, before `grant` and `revoke`: Consent Mode's `update`. */
  readonly update?: (context: IntegrationContext, grants: Grants) => void;
}

/** The one shape of every integration: what it does and what the visitor reads about it. */
export interface Integration extends IntegrationRuntime, IntegrationAbout {
  /** What is wrong with its options, if anything: `createConsent` reports it with the config's own problems, in one error. */
  readonly problems?: readonly Problem[];
  /** The services it brings along (Google Ads' remarketing), which `createConsent` runs beside it. */
  readonly companions?: readonly Integration[];
}

/** What is wrong with an integration's options: unknown names first, then its own check's findings. */
export function optionProblems(definition: Pick<IntegrationDefinition<never>, 'options' | 'check'>, options: Readonly<Record<string, unknown>>): Problem[] {
  const known = { known: definition.options.join(', ') || 'none' };
  const unknown = Object.keys(options).filter((key) => !definition.options.includes(key));
  return [...unknown.map((key) => ({ field: key, code: 'key', got: key, args: known })), ...definition.check(options)];
}

/**
 * One row of the integration registry: how the script tag's config names it, how its options are
 * checked (problems by option name, worded by the config checker), the category it joins unless
 * the config says otherwise, what it does, and what the visitor reads about it, fetched only by
 * the parts of the script tag that show it.
 */
export interface IntegrationDefinition<Options, Runtime extends IntegrationRuntime = IntegrationRuntime> {
  /** Its key in the script tag's `integrations` (`googleAnalytics`). */
  readonly key: string;
  /** The option names it knows: any other is reported (`optionProblems`), so `siteID` for `siteId` does not pass silently. */
  readonly options: readonly string[];
  readonly check: (options: Readonly<Record<string, unknown>>) => Problem[];
  readonly category: IntegrationAbout['category'];
  /**
   * The cookies its vendor sets. Here rather than with the texts: the loader deletes a refused
   * service's cookies on every page view, and the texts arrive only with the interface.
   */
  readonly cookies: readonly ResolvedCookie[];
  readonly run: (options: Options) => Runtime;
  readonly about: (options: Options) => Promise<Omit<IntegrationService, 'category'>>;
  /** Services it brings along with these options, each a row of its own (Google Ads' remarketing). */
  readonly companions?: (options: Options) => readonly IntegrationDefinition<Options>[];
}
