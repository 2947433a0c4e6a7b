import type { ReadableAtom } from 'nanostores';
import type { View } from './core/view';
import type { GoogleAdsRuntime } from './integrations/google-ads/runtime';
import type { IntegrationRuntime } from './integrations/integration';
import type { ConsentRecord, Grants, ResolvedConfig, Selection } from './types';

// The running consent manager, as `createConsent` returns it and `window.Einlass` is, and its events.

/** Fired on `document` once the script tag has started; `detail` is `window.Einlass`. */
export const READY_EVENT = 'einlass:ready';

/** Fired on `document` whenever consent changes, here or in another tab; `detail` is a `ConsentChange`. */
export const CHANGE_EVENT = 'einlass:change';

/** The `detail` of an `einlass:change` event. */
export interface ConsentChange {
  readonly record: ConsentRecord | null;
  readonly grants: Grants;
  /** The categories and services whose grant changed: empty when a decision confirms what was granted. */
  readonly changed: { readonly categories: readonly string[]; readonly services: readonly string[] };
  /**
   * How: `visitor` decided in this tab (its interface or the API), `tab` another tab's decision
   * was followed, `gpc` refused on the visitor's behalf (Global Privacy Control), `reset` forgot it.
   */
  readonly cause: 'visitor' | 'tab' | 'gpc' | 'reset';
}

/** A running consent manager: stores to subscribe to, and the actions a visitor can take. */
export interface Einlass {
  readonly config: ResolvedConfig;
  readonly $record: ReadableAtom<ConsentRecord | null>;
  readonly $grants: ReadableAtom<Grants>;
  readonly $decided: ReadableAtom<boolean>;
  /** What the interface shows: `banner` until a decision, `settings` while opened, else `null`. */
  readonly $view: ReadableAtom<View>;
  readonly showSettings: () => void;
  /** Closes the settings; grants nothing. */
  readonly closeSettings: () => void;
  /** Loads one blocked embed ("load once") without storing consent. */
  readonly activate: (element: Element) => void;
  /** A running integration by service name, e.g. `integration('google-ads')?.conversion(…)`. */
  readonly integration: {
    (name: 'google-ads'): GoogleAdsRuntime | undefined;
    (name: string): IntegrationRuntime | undefined;
  };
  readonly acceptAll: () => ConsentRecord;
  readonly rejectAll: () => ConsentRecord;
  readonly save: (selection: Selection) => ConsentRecord;
  /** Forgets the decision and deletes the consent cookie; the visitor is asked again. */
  readonly reset: () => void;
  readonly isGranted: (category: string) => boolean;
  readonly isServiceGranted: (service: string) => boolean;
  /** Stops following other tabs and gating the page. The stores keep their last value. */
  readonly destroy: () => void;
}

/**
 * `window.Einlass`, the script tag's consent manager: one object from the start. Reading consent,
 * `config`, `integration()` and `activate()` work at once; the actions fetch the interface part
 * when a page view has not needed it yet, so each returns a promise (`await Einlass.acceptAll()`).
 */
export type ScriptTagEinlass = Omit<Einlass, 'acceptAll' | 'rejectAll' | 'save' | 'reset'> & {
  readonly acceptAll: () => Promise<ConsentRecord>;
  readonly rejectAll: () => Promise<ConsentRecord>;
  readonly save: (selection: Selection) => Promise<ConsentRecord>;
  readonly reset: () => Promise<void>;
};

declare global {
  interface Window {
    /** The script tag's consent manager, set (and `einlass:ready` fired) as soon as it has read a valid config; never on an invalid one. */
    Einlass?: ScriptTagEinlass;
  }
  interface DocumentEventMap {
    /** The script tag has started; `detail` is `window.Einlass`. */
    'einlass:ready': CustomEvent<ScriptTagEinlass>;
    'einlass:change': CustomEvent<ConsentChange>;
  }
}
