import type { ReadableAtom } from 'nanostores';
import { resolveConfig } from './core/config';
import { createConsentState } from './core/consent';
import { grantQueries, type ConsentStores } from './core/stores';
import { randomId } from './core/id';
import { decodeRecord, encodeRecord } from './core/record';
import { cookieStorage, type ConsentStorage } from './core/storage';
import { createView, type View } from './core/view';
import { loadOnce } from './dom/activate';
import { takeOsanoChoice } from './dom/legacy';
import { createProofLog, toProof } from './dom/proof';
import { linkTabs } from './dom/tabs';
import { followWithdrawals } from './dom/withdraw';
import type { Integration } from './integrations/integration';
import { withIntegrations } from './integrations/merge';
import { connectPage } from './page';
import type { Config, ConsentRecord, Grants, ResolvedConfig, Selection } from './types';

/** Fired on `document` whenever consent changes, here or in another tab; `detail` is a `ConsentChange`. */
export const CHANGE_EVENT = 'einlass:change';

/** The `detail` of a `einlass:change` event. */
export interface ConsentChange {
  readonly record: ConsentRecord | null;
  readonly grants: Grants;
}

/** Options for `createConsent`, mostly for tests and server-side rendering. */
export interface ConsentOptions {
  /** Where the record is kept (default: the first-party consent cookie). */
  readonly storage?: ConsentStorage;
  readonly now?: () => number;
  /** Gate the page's blocked scripts, embeds, images and stylesheets (default true; ignored without a DOM). */
  readonly gate?: boolean;
  /** Services einlass loads and switches off itself: `[matomo({ url, siteId }), googleAnalytics({ id })]`. */
  readonly integrations?: readonly Integration[];
  /** The page's Content-Security-Policy nonce, given to every script einlass adds. */
  readonly nonce?: string;
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
  /** A running integration by service name, e.g. `integration('google-ads')` for its `conversion`. */
  readonly integration: (name: string) => Integration | undefined;
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

/** What the script-tag loader has already started (its stores, on a running page), for the interface part to take over. */
export interface Started {
  readonly stores: ConsentStores;
}

/**
 * Starts consent management for a config: reads the stored decision, follows other tabs, and
 * persists and announces every change. Throws a `ConfigError` for an invalid config.
 * @example
 * const einlass = createConsent({ categories: [{ name: 'analytics', title: 'Statistik' }] });
 * einlass.$grants.subscribe((grants) => console.log(grants.categories.analytics));
 */
export function createConsent(input: Config, options: ConsentOptions = {}): Einlass {
  return startConsent(input, options);
}

/** `createConsent`, or, given what the loader started, the same on its stores and page. */
export function startConsent(input: Config, options: ConsentOptions, started?: Started): Einlass {
  const integrations = options.integrations ?? [];
  const config = resolveConfig(withIntegrations(input, integrations));
  const now = options.now ?? Date.now;
  const browser = typeof document !== 'undefined';
  const storage =
    options.storage ?? cookieStorage({ ...config.cookie, secure: browser && location.protocol === 'https:' });
  const state = createConsentState(config, { now, newId: randomId }, started?.stores);
  const encode = (record: ConsentRecord | null) => (record ? encodeRecord(record, config) : '');
  const load = (value = storage.read()) => decodeRecord(value, config, now());

  let following = false;
  const follow = (value?: string) => {
    const stored = load(value);
    if (encode(stored) === encode(state.$record.get())) return;
    following = true;
    try {
      state.restore(stored);
    } finally {
      following = false;
    }
  };

  const view = createView(state.$decided, started?.stores.$view);
  const gated = browser && options.gate !== false;
  // The loader has connected its page already; the actions bring withdrawal, which it leaves out.
  const stopPage = gated && !started ? connectPage({ ...view, config, $grants: state.$grants, showSettings: view.openSettings, integrations, nonce: config.nonce ?? options.nonce }) : undefined;
  // Before the stored record is restored: another tab's withdrawal, which brought the interface part in, counts too.
  const stopWithdrawals = gated ? followWithdrawals(state.$grants, config) : undefined;

  state.restore(load());
  const proofs = browser && config.consentLog ? createProofLog(config.consentLog) : undefined;
  void proofs?.retry();
  const tabs = browser ? linkTabs(`einlass:${config.cookie.name}`, follow) : undefined;
  const unlisten = state.$record.listen((record) => {
    // A change that came from another tab is already stored, and that tab has told the rest.
    if (!following) {
      if (record) storage.write(encode(record));
      else storage.clear();
      tabs?.notify(encode(record));
      if (record) void proofs?.send(toProof(record, location.pathname));
    }
    if (browser) {
      const detail: ConsentChange = { record, grants: state.$grants.get() };
      document.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail }));
    }
  });

  // An explicit refusal from the old banner counts before a browser signal does.
  if (browser && takeOsanoChoice() === 'deny' && !state.$decided.get()) state.rejectAll();
  const gpc = typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  if (config.gpc && gpc && !state.$decided.get()) state.refuseByGpc();

  return {
    config,
    $record: state.$record,
    $grants: state.$grants,
    $decided: state.$decided,
    $view: view.$view,
    showSettings: view.openSettings,
    closeSettings: view.closeSettings,
    integration: (name) => integrations.find((i) => i.name === name),
    activate: loadOnce,
    acceptAll: state.acceptAll,
    rejectAll: state.rejectAll,
    save: state.save,
    reset: state.reset,
    ...grantQueries(state.$grants),
    destroy: () => {
      unlisten();
      tabs?.stop();
      stopPage?.();
      stopWithdrawals?.();
    },
  };
}
