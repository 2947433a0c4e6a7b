import type { Problem } from '../core/config-reader';
import type { IntegrationAbout, IntegrationService } from '../types';

export type { IntegrationAbout, IntegrationService } from '../types';

/** What an integration may use: the page's window, the time einlass's decision has left and a loader that carries the CSP nonce. */
export interface IntegrationContext {
  readonly window: Window & Record<string, unknown>;
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
 * allows the service, `revoke` when they withdraw it.
 */
export interface IntegrationRuntime {
  readonly name: string;
  readonly setup?: (context: IntegrationContext) => void;
  readonly grant: (context: IntegrationContext) => void;
  readonly revoke?: (context: IntegrationContext) => void;
}

/** The one shape of every integration: what it does and what the visitor reads about it. */
export interface Integration extends IntegrationRuntime, IntegrationAbout {
  /** What is wrong with its options, if anything: `createConsent` reports it with the config's own problems, in one error. */
  readonly problems?: readonly Problem[];
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
  readonly run: (options: Options) => Runtime;
  readonly about: (options: Options) => Promise<Omit<IntegrationService, 'category'>>;
}
