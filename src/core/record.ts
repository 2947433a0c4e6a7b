import type { ConsentAction, ConsentRecord, Grants } from '../types';
import type { ConfigShape } from './shape';
import { applySelection, grantAll, grantNone, sameGrants } from './grants';

/**
 * The consent cookie's value: `1.<id>.<created>.<updated>.<revision>.<action>.<categories>.<services>.<fingerprint>.<checksum>`.
 * Choices are bits in config order, so 20 services take 5 characters. The fingerprint of the config's
 * names makes a record for another set of services read as "no decision", so a reordered or extended
 * config can never hand a grant to a service the visitor did not see.
 */
const FORMAT = '1';
const MAX_LENGTH = 512;
// Clocks drift; a record from further in the future than this was not written by us.
const FUTURE_SLACK_MS = 24 * 3600 * 1000;
const ACTIONS: Readonly<Record<ConsentAction, string>> = { 'accept-all': 'a', 'reject-all': 'r', custom: 'c', gpc: 'g' };
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

function unpackBits(hex: string, count: number): boolean[] | undefined {
  if (!/^[0-9a-f]+$/.test(hex) || hex.length !== Math.ceil(Math.max(count, 1) / 4)) return undefined;
  return Array.from({ length: count }, (_, i) => ((parseInt(hex[i >> 2] ?? '0', 16) >> (i & 3)) & 1) === 1);
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

function consistent(action: ConsentAction, grants: Grants, config: ConfigShape): boolean {
  if (action === 'accept-all') return sameGrants(grants, grantAll(config));
  if (action === 'reject-all' || action === 'gpc') return sameGrants(grants, grantNone(config));
  // A custom choice must already be in normal form (necessary on, each category matching its services).
  return sameGrants(grants, applySelection(config, grants, {}));
}

/**
 * Reads a cookie value back. Anything that is not a record this config wrote, for this revision and
 * within its lifetime, is `null`: "no decision yet", never consent, never an exception.
 */
export function decodeRecord(raw: unknown, config: ConfigShape, now: number): ConsentRecord | null {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return null;
  const parts = raw.split('.');
  if (parts.length !== 10) return null;
  const [format, id = '', created36 = '', updated36 = '', revision36 = '', actionCode, categoryBits = '', serviceBits = ''] = parts;
  const action = (Object.keys(ACTIONS) as ConsentAction[]).find((a) => ACTIONS[a] === actionCode);
  const categoryFlags = unpackBits(categoryBits, config.categories.length);
  const serviceFlags = unpackBits(serviceBits, config.services.length);
  if (format !== FORMAT || !UUID.test(id) || !action || !categoryFlags || !serviceFlags) return null;
  if (![created36, updated36, revision36].every((n) => /^[0-9a-z]{1,9}$/.test(n))) return null;
  const record: ConsentRecord = {
    id,
    created: parseInt(created36, 36) * 1000,
    updated: parseInt(updated36, 36) * 1000,
    revision: parseInt(revision36, 36),
    action,
    categories: Object.freeze(Object.fromEntries(config.categories.map((c, i) => [c.name, categoryFlags[i] === true]))),
    services: Object.freeze(Object.fromEntries(config.services.map((s, i) => [s.name, serviceFlags[i] === true]))),
  };
  const expired = now - record.updated > config.cookie.lifetimeDays * 24 * 3600 * 1000;
  if (record.revision !== config.revision || expired || record.created > record.updated || record.updated > now + FUTURE_SLACK_MS) return null;
  // Only the exact string we would write counts: this rejects edits, padding, case changes and checksum forgeries alike.
  if (encodeRecord(record, config) !== raw) return null;
  return consistent(record.action, record, config) ? Object.freeze(record) : null;
}
