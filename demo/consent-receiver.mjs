// A reference receiver for einlass's consent log: Node, no framework. It appends each valid record
// to a JSON-lines file, once: a record sent again (same consent id, timestamp, action and choices)
// is acknowledged but not stored twice. Run it with `node demo/consent-receiver.mjs` (PORT, LOG_FILE) and set
// "consentLog": "http://localhost:8787/consent" (or put it behind your site's own path).
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const ACTIONS = new Set(['accept-all', 'reject-all', 'custom', 'gpc']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_BODY = 8 * 1024;

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

/** Two sends of one decision share this key (einlass keeps whole seconds, so two decisions may share a timestamp). */
const keyOf = (r) => [r.consentId, r.timestamp, r.action, JSON.stringify(r.categories), JSON.stringify(r.services)].join('|');

/** A request handler `(req, res)` that logs to `file`: usable alone or inside another server. */
export function createReceiver(file) {
  const seen = new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => keyOf(JSON.parse(line))) : []);
  const reply = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  return (req, res) => {
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST a consent record' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return reply(res, 415, { error: 'send application/json' });
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      // Far too much: stop listening. A little too much: read on, then say so.
      if (size > 64 * MAX_BODY) req.destroy();
      else if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return reply(res, 413, { error: 'a consent record is small' });
      let record;
      try {
        record = validRecord(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        record = undefined;
      }
      if (!record) return reply(res, 400, { error: 'not a consent record' });
      const key = keyOf(record);
      if (seen.has(key)) return reply(res, 200, { stored: false, duplicate: true });
      seen.add(key);
      appendFileSync(file, `${JSON.stringify({ ...record, receivedAt: new Date().toISOString() })}\n`);
      return reply(res, 201, { stored: true });
    });
  };
}

/**
 * The receiver as a server: `/consent` takes records, anything else is a 404. The path is read
 * without `new URL`, which throws on a target such as `//` (bots send `GET //` routinely).
 */
export function createConsentServer(file) {
  const handle = createReceiver(file);
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
  createConsentServer(file).listen(port, '127.0.0.1', () => {
    console.log(`consent receiver on http://127.0.0.1:${port}/consent, logging to ${file}`);
  });
}
