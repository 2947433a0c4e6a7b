// A reference receiver for einlass's consent log: Node, no framework. It appends each valid record
// to a JSON-lines file, once: a record sent again (same consent id, timestamp, action and choices)
// is acknowledged but not stored twice. Run it with `node demo/consent-receiver.mjs` (PORT, LOG_FILE,
// ALLOWED_ORIGINS) and serve it from your site's own origin, e.g. proxy /api/consent to it and set
// "consentLog": "/api/consent". A receiver on another origin (another host or port) also needs that
// origin listed in ALLOWED_ORIGINS: the JSON POST is preflighted, and an unlisted origin's preflight
// is refused, so the browser never sends the record.
//
// What a 2xx means: the line was handed to the operating system before the answer went out, so
// the browser may drop its copy; a killed process loses nothing it answered 2xx for (a power cut
// can still lose what the OS had not flushed: add an fdatasync after the write if that matters).
// A write that fails (a full disk) is a 503 and the record is not remembered, so its resend is
// stored. A line that does not read on start (one torn by a full disk, an edit) is skipped and
// reported; the receiver starts anyway.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createAppender, readTail } from './consent-log-file.mjs';

const ACTIONS = new Set(['accept-all', 'reject-all', 'custom', 'gpc']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_BODY = 8 * 1024;

/**
 * How many recent records a receiver remembers to drop their resends. einlass sends a proof again
 * only until it hears a 2xx, on the visitor's next page view: a resend comes soon after the first
 * send, and a window far larger than any burst of resends catches it. One that comes after more
 * than 100,000 other records (a visitor back weeks later on a busy site) is stored a second time,
 * which loses nothing: the log stays complete, and a reader can drop the repeat by the same key. At about 60 bytes per remembered record this bounds the memory to some 6 MB, and a start
 * reads only this many lines from the end of the log, however long it has grown.
 */
export const DEDUPE_WINDOW = 100_000;

const booleans = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'boolean');

/** The record if it has exactly the shape einlass sends, else undefined. */
export function validRecord(body) {
  const r = body;
  const ok =
    typeof r === 'object' && r !== null &&
    UUID.test(r.consentId) &&
    typeof r.timestamp === 'string' && !Number.isNaN(Date.parse(r.timestamp)) && new Date(r.timestamp).toISOString() === r.timestamp &&
    Number.isInteger(r.revision) && r.revision >= 0 &&
    ACTIONS.has(r.action) && booleans(r.categories) && booleans(r.services) &&
    typeof r.path === 'string' && r.path.startsWith('/') && r.path.length <= 2000 && !/[?#]/.test(r.path);
  if (!ok) return undefined;
  const { consentId, timestamp, revision, action, categories, services, path } = r;
  return { consentId, timestamp, revision, action, categories, services, path };
}

/**
 * Two sends of one decision share this key (einlass keeps whole seconds, so two decisions may share
 * a timestamp). Kept as 96 bits of its SHA-256, not the key itself (some 150 characters): a false
 * match in a window of 100,000 has a chance of about 1 in 10^19. Encoded from the 12 bytes, not
 * sliced from the whole digest's string, which a slice would keep alive.
 */
const keyOf = (r) =>
  createHash('sha256').update([r.consentId, r.timestamp, r.action, JSON.stringify(r.categories), JSON.stringify(r.services)].join('|')).digest().toString('base64', 0, 12);

/**
 * A request handler `(req, res)` that logs to `file`: usable alone or inside another server.
 * `origins` lists the other origins allowed to POST (e.g. ['https://www.example.com']);
 * `dedupeWindow` is how many recent records it remembers (see DEDUPE_WINDOW).
 */
export function createReceiver(file, { origins = [], dedupeWindow = DEDUPE_WINDOW } = {}) {
  const allowed = new Set(origins);
  // A Set iterates in insertion order, so its first value is the oldest key.
  const seen = new Set();
  const remember = (key) => {
    seen.add(key);
    if (seen.size > dedupeWindow) seen.delete(seen.values().next().value);
  };
  // The tail comes newest first: keys are remembered oldest first, so the oldest leave the window first.
  const keys = [];
  const unreadable = [];
  readTail(file, dedupeWindow, (line, offset) => {
    let record;
    try {
      record = validRecord(JSON.parse(line));
    } catch {
      record = undefined;
    }
    if (record) keys.push(keyOf(record));
    else unreadable.push(offset);
  });
  for (let i = keys.length - 1; i >= 0; i--) remember(keys[i]);
  unreadable.reverse();
  if (unreadable.length > 0) {
    const at = unreadable.slice(0, 10).join(', ') + (unreadable.length > 10 ? ', …' : '');
    console.warn(`consent receiver: skipped ${unreadable.length} unreadable line(s) of ${file}, at byte ${at}`);
  }
  const append = createAppender(file);

  return (req, res) => {
    const origin = req.headers.origin;
    // Answers vary by Origin only once origins are listed; same-origin requests need no CORS headers.
    const cors = allowed.size === 0 ? {} : { vary: 'Origin', ...(allowed.has(origin) ? { 'access-control-allow-origin': origin } : {}) };
    const reply = (status, body) => {
      res.writeHead(status, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      if (!allowed.has(origin)) return reply(403, { error: 'this origin may not send consent records: list it in origins (ALLOWED_ORIGINS) or serve the receiver from the site itself' });
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
      return res.end();
    }
    // A POST from an unlisted origin is not refused here: a browser cannot send it without the
    // preflight refused above, and a client outside a browser can claim any Origin. Refusing it
    // would only break a same-origin setup behind a proxy whose own origin is not listed.
    if (req.method !== 'POST') return reply(405, { error: 'POST a consent record' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return reply(415, { error: 'send application/json' });
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      // Far too much: stop listening. A little too much: read on, then say so.
      if (size > 64 * MAX_BODY) req.destroy();
      else if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return reply(413, { error: 'a consent record is small' });
      let record;
      try {
        record = validRecord(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        record = undefined;
      }
      if (!record) return reply(400, { error: 'not a consent record' });
      const key = keyOf(record);
      if (seen.has(key)) return reply(200, { stored: false, duplicate: true });
      try {
        append(JSON.stringify({ ...record, receivedAt: new Date().toISOString() }));
      } catch (error) {
        // Not remembered: the browser keeps the record and sends it again, and that send must be stored.
        console.error(`consent receiver: could not write to ${file}: ${error.message}`);
        return reply(503, { error: 'could not store the record now; send it again later' });
      }
      remember(key);
      return reply(201, { stored: true });
    });
  };
}

/**
 * The receiver as a server: `/consent` takes records, anything else is a 404. The path is read
 * without `new URL`, which throws on a target such as `//` (bots send `GET //` routinely).
 */
export function createConsentServer(file, options) {
  const handle = createReceiver(file, options);
  return createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] === '/consent') handle(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8787);
  const file = process.env.LOG_FILE ?? 'consent-log.jsonl';
  const origins = (process.env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const server = createConsentServer(file, { origins });
  server.listen(port, '127.0.0.1', () => {
    // The port actually bound, so PORT=0 (any free port) can be used and read back.
    console.log(`consent receiver on http://127.0.0.1:${server.address().port}/consent, logging to ${file}`);
  });
}
