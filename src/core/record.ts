import type { ConsentAction, ConsentRecord, ResolvedConfig } from '../types';
import { applySelection, grantAll, grantNone } from './grants';

/**
 * The consent cookie's value: `1.<id>.<created>.<updated>.<revision>.<action>.<categories>.<services>.<fingerprint>.<checksum>`.
 * Choices are bits in config order, so 20 services take 5 characters. The fingerprint of the config's
 * names makes a record for another set of services read as "no decision", so a reordered or extended
 * config can never hand a grant to a service the visitor did not see.
 */
const FORMAT = '1';
const MAX_LENGTH = 512;
/**
 * How many categories and services together a config may have, so that its record stays within
 * MAX_LENGTH: the fields around the choice bits take at most 79 characters, and every 4 choices
 * one more (plus one per list for rounding up): 79 + 1700 / 4 + 2 = 506.
 */
export const MAX_CHOICES = 1700;
// Clocks drift; a record from further in the future than this was not written by us.
const FUTURE_SLACK_MS = 24 * 3600 * 1000;
const ACTIONS: Readonly<Record<ConsentAction, string>> = { 'accept-all': 'a', 'reject-all': 'r', custom: 'c', gpc: 'g' };
type ConfigShape = Pick<ResolvedConfig, 'categories' | 'services' | 'revision' | 'cookie'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** FNV-1a, 32 bit: catches truncation and edits; it is no signature, and needs none (the visitor owns the cookie). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function fingerprint(config: ConfigShape): string {
  return hash([...config.categories.map((c) => c.name), '|', ...config.services.map((s) => `${s.name}:${s.category}`)].join(','));
}

function packBits(bits: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < Math.max(bits.length, 1); i += 4) {
    out += [0, 1, 2, 3].reduce((n, j) => n | (bits[i + j] ? 1 << j : 0), 0).toString(16);
  }
  return out;
}

// Lenient on purpose: whatever is not a hex digit reads as 0, and the exact re-encoding then rejects the value.
function unpackBits(hex: string, i: number): boolean {
  return ((parseInt(hex[i >> 2] ?? '', 16) >> (i & 3)) & 1) === 1;
}

/** Encodes a record for the cookie. */
export function encodeRecord(record: ConsentRecord, config: ConfigShape): string {
  const body = [
    FORMAT,
    record.id,
    Math.floor(record.created / 1000).toString(36),
    Math.floor(record.updated / 1000).toString(36),
    record.revision.toString(36),
    ACTIONS[record.action],
    packBits(config.categories.map((c) => record.categories[c.name] === true)),
    packBits(config.services.map((s) => record.services[s.name] === true)),
    fingerprint(config),
  ].join('.');
  return `${body}.${hash(body)}`;
}

/**
 * The decision among the values stored under the consent cookie's name (a host-only and a domain
 * cookie, another path's, a sibling site's): the newest that is a record of this config, else `null`.
 */
export function pickRecord(values: readonly string[], config: ConfigShape, now: number): ConsentRecord | null {
  let best: ConsentRecord | null = null;
  for (const value of values) {
    const record = decodeRecord(value, config, now);
    if (record && (!best || record.updated > best.updated)) best = record;
  }
  return best;
}

/**
 * Reads a cookie value back. Anything that is not a record this config wrote, for this revision and
 * within its lifetime, is `null`: "no decision yet", never consent, never an exception.
 */
export function decodeRecord(raw: unknown, config: ConfigShape, now: number): ConsentRecord | null {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return null;
  const [, id = '', created36 = '', updated36 = '', revision36 = '', actionCode, categoryBits = '', serviceBits = ''] = raw.split('.');
  const action = (Object.keys(ACTIONS) as ConsentAction[]).find((a) => ACTIONS[a] === actionCode);
  if (!UUID.test(id) || !action) return null;
  const decoded = {
    categories: Object.fromEntries(config.categories.map((c, i) => [c.name, unpackBits(categoryBits, i)])),
    services: Object.fromEntries(config.services.map((s, i) => [s.name, unpackBits(serviceBits, i)])),
  };
  // The only grants each action can have written: a custom choice in normal form (necessary on, each category matching its services).
  const grants =
    action === 'accept-all' ? grantAll(config) : action === 'reject-all' || action === 'gpc' ? grantNone(config) : applySelection(config, decoded, {});
  const record: ConsentRecord = Object.freeze({
    id,
    created: parseInt(created36, 36) * 1000,
    updated: parseInt(updated36, 36) * 1000,
    revision: parseInt(revision36, 36),
    action,
    ...grants,
  });
  const expired = now - record.updated > config.cookie.lifetimeDays * 24 * 3600 * 1000;
  if (record.revision !== config.revision || expired || record.created > record.updated || record.updated > now + FUTURE_SLACK_MS) return null;
  // Only the exact string we would write counts: this rejects edits, padding, case changes, bits that
  // contradict the action and checksum forgeries alike.
  return encodeRecord(record, config) === raw ? record : null;
}

/** Whether two records (or their absence) are the same decision, as the cookie would hold them. */
export function sameRecord(a: ConsentRecord | null, b: ConsentRecord | null, config: ConfigShape): boolean {
  return (a ? encodeRecord(a, config) : '') === (b ? encodeRecord(b, config) : '');
}
