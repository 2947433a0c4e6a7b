import type { Einlass } from './create';
import type { IntegrationRuntime } from './integrations/integration';
import type { ConsentRecord, ResolvedConfig, Selection } from './types';

/**
 * `window.Einlass`. A page view that only applies a stored decision has not fetched the interface
 * part: reading consent, `integration()` and `activate()` work at once, `config` is there once the
 * part is, and an action fetches the part first and gives its record as a promise (so `await` it).
 * Once the part has started, the object has everything `createConsent` returns.
 */
export type ScriptTagEinlass = Omit<Einlass, 'config' | 'integration' | 'acceptAll' | 'rejectAll' | 'save' | 'reset' | 'destroy'> & {
  readonly config?: ResolvedConfig;
  /** A running integration; its description comes with the interface part. */
  readonly integration: (name: string) => IntegrationRuntime | undefined;
  readonly acceptAll: () => ConsentRecord | Promise<ConsentRecord>;
  readonly rejectAll: () => ConsentRecord | Promise<ConsentRecord>;
  readonly save: (selection: Selection) => ConsentRecord | Promise<ConsentRecord>;
  readonly reset: () => void | Promise<void>;
  readonly destroy?: () => void;
};
