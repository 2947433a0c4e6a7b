import { readingsOf, type Applied } from './apply';
import { createConsentState } from './core/consent';
import { randomId } from './core/id';
import { encodeRecord, sameRecord } from './core/record';
import type { ConsentStorage } from './core/storage';
import { whyNotStored } from './dom/consent-cookie';
import { takeOsanoChoice } from './dom/legacy';
import { createProofLog, toProof } from './dom/proof';
import { linkTabs } from './dom/tabs';
import { followWithdrawals } from './dom/withdraw';
import { CHANGE_EVENT, type ConsentChange, type ConsentRecord, type Einlass, type Grants } from './types';

/** The names whose grant differs; a name one side lacks counts as refused there. */
function changedBetween(before: Grants, after: Grants): ConsentChange['changed'] {
  const differ = (a: Grants['categories'], b: Grants['categories']) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => (a[name] === true) !== (b[name] === true));
  return { categories: differ(before.categories, after.categories), services: differ(before.services, after.services) };
}

/** What `decide` needs besides what `apply` started. */
export interface DecideOptions {
  readonly storage: ConsentStorage;
  readonly now: () => number;
  /** The last record another tab announced before this phase started, newer than what the cookie may show yet. */
  readonly announced?: string | undefined;
}

/**
 * The second phase of einlass: the actions, and what follows a decision (the cookie, the other
 * tabs, withdrawal, the consent proof, the `einlass:change` event, Global Privacy Control and the
 * Osano banner's refusal). The script tag's interface part runs it on what its loader applied.
 */
export function decide(applied: Applied, { storage, now, announced }: DecideOptions): Einlass {
  const { config } = applied;
  const state = createConsentState(config, { now, newId: randomId }, applied);
  const browser = typeof document !== 'undefined';
  const encode = (record: ConsentRecord | null) => (record ? encodeRecord(record, config) : '');

  let following = false;
  // Set while the last decision could not be stored: the cookie then says nothing about this tab.
  let unstored = false;
  const follow = (value?: string) => {
    // Reading the cookie again would take back a decision it never held (and reload the page for it).
    if (value === undefined && unstored) return;
    const stored = applied.load(value);
    if (sameRecord(stored, state.$record.get(), config)) return;
    following = true;
    try {
      state.restore(stored);
    } finally {
      following = false;
    }
  };

  // Before the stored record is read again: another tab's withdrawal, which brought this phase in, counts too.
  const stopWithdrawals = applied.gated ? followWithdrawals(state.$grants, config) : undefined;
  follow(announced);
  const proofs = browser && config.consentLog ? createProofLog(config.consentLog) : undefined;
  void proofs?.retry();
  const tabs = browser ? linkTabs(config, follow) : undefined;
  let warned = false;
  const store = (value: string) => {
    storage.write(value);
    const kept = storage.read();
    unstored = !(typeof kept === 'string' ? [kept] : (kept ?? [])).includes(value);
    if (unstored && !warned && browser) {
      warned = true;
      console.warn(`einlass: the consent cookie "${config.cookie.name}" could not be stored: ${whyNotStored(config)}. The decision holds for this page view only; the next one asks again.`);
    }
  };
  let before = state.$grants.get();
  const unlisten = state.$record.listen((record) => {
    // A change that came from another tab is already stored, and that tab has told the rest.
    if (!following) {
      if (record) store(encode(record));
      else storage.clear();
      // A decision the cookie does not hold would be taken back in the other tab at its next re-read (and reload it).
      if (!(record && unstored)) tabs?.notify(encode(record));
      if (record) void proofs?.send(toProof(record, location.pathname));
    }
    const grants = state.$grants.get();
    const changed = changedBetween(before, grants);
    before = grants;
    if (browser) {
      // The old banner's refusal, taken over at start-up, was the visitor's own too.
      let cause: ConsentChange['cause'] = 'visitor';
      if (following) cause = 'tab';
      else if (!record) cause = 'reset';
      else if (record.action === 'gpc') cause = 'gpc';
      const detail: ConsentChange = { record, grants, changed, cause };
      document.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail }));
    }
  });

  // An explicit refusal from the old banner counts before a browser signal does.
  if (browser && takeOsanoChoice() === 'deny' && !state.$decided.get()) state.rejectAll();
  const gpc = typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  if (config.gpc && gpc && !state.$decided.get()) state.refuseByGpc();

  return {
    ...readingsOf(applied),
    acceptAll: state.acceptAll,
    rejectAll: state.rejectAll,
    save: state.save,
    reset: state.reset,
    destroy: () => {
      unlisten();
      tabs?.stop();
      applied.stop();
      stopWithdrawals?.();
    },
  };
}
