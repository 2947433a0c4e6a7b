import { batch, type ReadableAtom } from 'nanostores';
import type { ConsentAction, ConsentRecord, Grants, ResolvedConfig, Selection } from '../types';
import { applySelection, grantAll, grantNone } from './grants';
import { createStores, grantsOf, type ConsentStores } from './stores';

function checkNames(kind: string, given: Readonly<Record<string, unknown>> | undefined, known: readonly string[]): void {
  for (const [name, value] of Object.entries(given ?? {})) {
    if (!known.includes(name)) throw new TypeError(`einlass: unknown ${kind} "${name}" (known: ${known.join(', ')})`);
    if (typeof value !== 'boolean') throw new TypeError(`einlass: ${kind} "${name}" must be true or false`);
  }
}

/** What the consent state needs from the outside world, passed in so the core stays pure. */
export interface ConsentDeps {
  readonly now: () => number;
  readonly newId: () => string;
}

/** Consent stores and the actions that change them. */
export interface ConsentState {
  /** The visitor's decision, or `null` while there is none. */
  readonly $record: ReadableAtom<ConsentRecord | null>;
  /** What is granted now; before a decision, only what is necessary. */
  readonly $grants: ReadableAtom<Grants>;
  /** Whether the visitor has decided. */
  readonly $decided: ReadableAtom<boolean>;
  readonly acceptAll: () => ConsentRecord;
  readonly rejectAll: () => ConsentRecord;
  /** Saves a selection on top of what is granted now. */
  readonly save: (selection: Selection) => ConsentRecord;
  /** Records a refusal on the visitor's behalf (Global Privacy Control). */
  readonly refuseByGpc: () => ConsentRecord;
  /** Forgets the decision: nothing but the necessary is granted, and the visitor is asked again. */
  readonly reset: () => void;
  /** Takes a record read from storage (or `null`) as the current state. */
  readonly restore: (record: ConsentRecord | null) => void;
}

/**
 * Creates the consent state for one config.
 * @example
 * const state = createConsentState(config, { now: Date.now, newId: randomId });
 * state.save({ categories: { analytics: true } });
 */
export function createConsentState(config: ResolvedConfig, deps: ConsentDeps, stores?: ConsentStores): ConsentState {
  const none = grantNone(config);
  const { $record, $grants, $decided } = stores ?? createStores(none);
  // All three are set before any listener runs, so whoever hears of a change reads grants and a
  // record that match; and every listener runs: one that throws (a site's
  // `startAnalytics` missing because its script was blocked) must not leave a decision half-applied,
  // without its cookie or proof. Its error is reported, not rethrown into the visitor's click.
  const set = (record: ConsentRecord | null) => {
    try {
      batch(() => {
        $grants.set(record ? grantsOf(record) : none);
        $decided.set(record !== null);
        $record.set(record);
      });
    } catch (error) {
      console.error('einlass: a listener of the consent stores failed; the decision is applied and stored all the same:', error);
    }
  };

  const decide = (action: ConsentAction, grants: Grants): ConsentRecord => {
    const previous = $record.get();
    // Whole seconds, so that what is in memory equals what the cookie gives back.
    const now = Math.floor(deps.now() / 1000) * 1000;
    const record: ConsentRecord = Object.freeze({
      id: previous?.id ?? deps.newId(),
      created: previous?.created ?? now,
      updated: now,
      revision: config.revision,
      action,
      categories: grants.categories,
      services: grants.services,
    });
    set(record);
    return record;
  };

  return {
    $record,
    $grants,
    $decided,
    acceptAll: () => decide('accept-all', grantAll(config)),
    rejectAll: () => decide('reject-all', none),
    refuseByGpc: () => decide('gpc', none),
    save: (selection) => {
      checkNames('category', selection.categories, config.categories.map((c) => c.name));
      checkNames('service', selection.services, config.services.map((s) => s.name));
      return decide('custom', applySelection(config, $grants.get(), selection));
    },
    reset: () => {
      set(null);
    },
    restore: set,
  };
}
