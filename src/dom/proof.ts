import type { ConsentRecord } from '../types';
import { PENDING_PROOFS } from './pending-proofs';

/** What is sent to the consent log: enough to demonstrate consent (GDPR Art. 7(1)), nothing about the visitor. */
export interface ConsentProof {
  readonly consentId: string;
  /** When the choice was made, ISO 8601. */
  readonly timestamp: string;
  readonly revision: number;
  readonly action: ConsentRecord['action'];
  readonly categories: ConsentRecord['categories'];
  readonly services: ConsentRecord['services'];
  /** The page it was given on, without query or fragment (they may hold personal data). */
  readonly path: string;
}

/**
 * What makes a proof the same proof. Timestamps have whole seconds, so two choices within one second
 * share id and timestamp; the action and choices tell them apart, while a true repeat still matches.
 */
export const keyOf = (proof: ConsentProof): string =>
  [proof.consentId, proof.timestamp, proof.action, JSON.stringify(proof.categories), JSON.stringify(proof.services)].join('|');

export function toProof(record: ConsentRecord, path: string): ConsentProof {
  const { id, updated, revision, action, categories, services } = record;
  return { consentId: id, timestamp: new Date(updated).toISOString(), revision, action, categories, services, path };
}

/**
 * How many unconfirmed proofs are kept: far more than an honest visitor makes while an endpoint is
 * down (each is some 250 B, so 125 KB of localStorage at most). Only beyond it the oldest go.
 */
export const MAX_PENDING_PROOFS = 500;

/**
 * How many page views a proof is sent again after a 4xx that says the address will never take it:
 * a few, since a 404 during a deploy or a firewall's 403 can pass, then it is dropped with an error.
 */
export const MAX_REFUSALS = 3;

/** A proof waiting to be confirmed, with how often the address has refused it. */
type Pending = ConsentProof & { readonly refusals?: number };

/** Proofs not yet confirmed by the endpoint. Kept in localStorage, which holds no more than these, and only with an endpoint set. */
function readPending(): Pending[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(PENDING_PROOFS) ?? '[]');
    return Array.isArray(list) ? (list as Pending[]).filter((p) => typeof p.consentId === 'string' && typeof p.timestamp === 'string') : [];
  } catch {
    return [];
  }
}

function writePending(list: readonly Pending[]): void {
  try {
    if (list.length > MAX_PENDING_PROOFS) console.warn(`einlass: ${String(list.length - MAX_PENDING_PROOFS)} unconfirmed consent proofs dropped, the oldest beyond ${String(MAX_PENDING_PROOFS)}: is the consent log endpoint down?`);
    if (list.length > 0) localStorage.setItem(PENDING_PROOFS, JSON.stringify(list.slice(-MAX_PENDING_PROOFS)));
    else localStorage.removeItem(PENDING_PROOFS);
  } catch {
    // Storage may be off or full: the proof is then sent once, without a retry.
  }
}

/**
 * Sends each decision to the site's consent log with `fetch` and `keepalive` (which, unlike
 * `sendBeacon`, reports whether it arrived). A proof stays pending until the endpoint answers 2xx
 * (or has refused it on MAX_REFUSALS page views) and is sent again on the next page view; its
 * consent id, timestamp and choices let the receiver drop repeats.
 */
export function createProofLog(endpoint: string): { readonly send: (proof: ConsentProof) => Promise<void>; readonly retry: () => Promise<void> } {
  const inFlight = new Set<string>();
  const post = async ({ refusals = 0, ...proof }: Pending): Promise<void> => {
    const key = keyOf(proof);
    if (inFlight.has(key)) return;
    inFlight.add(key);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(proof),
      });
      // A 4xx other than 408 and 429 says the address will not take it: sent again for ever, it
      // would bring the interface part back on every page view. A few more page views, then say so.
      const refused = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      const others = readPending().filter((p) => keyOf(p) !== key);
      if (response.ok) writePending(others);
      else if (refused && refusals + 1 >= MAX_REFUSALS) {
        console.error(`einlass: the consent log ${endpoint} refused a proof with ${String(response.status)} on ${String(MAX_REFUSALS)} page views; it is not sent again. Check "consentLog" and the receiver.`);
        writePending(others);
      } else if (refused) {
        console.warn(`einlass: the consent log ${endpoint} refused a proof with ${String(response.status)}; it is sent again on the next page view.`);
        writePending([...others, { ...proof, refusals: refusals + 1 }]);
      }
    } catch {
      // Offline, blocked, or a cross-origin endpoint without CORS: it stays pending.
    } finally {
      inFlight.delete(key);
    }
  };
  return {
    // Kept before it is sent: a page closed while the request is under way hears no answer, and a
    // proof kept only on failure would then be lost.
    send: (proof) => {
      writePending([...readPending().filter((p) => keyOf(p) !== keyOf(proof)), proof]);
      return post(proof);
    },
    retry: async () => {
      await Promise.all(readPending().map(post));
    },
  };
}
