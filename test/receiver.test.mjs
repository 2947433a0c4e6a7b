// The demo's reference consent receiver, on loopback, with its JSON-lines file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createConsentServer, createReceiver } from '../demo/consent-receiver.mjs';

const record = {
  consentId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  timestamp: '2026-11-21T09:30:00.000Z',
  revision: 1,
  action: 'custom',
  categories: { necessary: true, analytics: true },
  services: { matomo: true },
  path: '/kontakt',
};

async function withReceiver(file, run, options) {
  const server = createServer(createReceiver(file, options));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/consent`;
  try {
    await run((body, type = 'application/json', headers = {}) => fetch(url, { method: 'POST', headers: { 'content-type': type, ...headers }, body }), url);
  } finally {
    server.close();
  }
}

async function inTempDir(run) {
  const dir = mkdtempSync(join(tmpdir(), 'einlass-receiver-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const linesOf = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const decision = (i) => ({ ...record, consentId: randomUUID(), path: `/page-${i}` });

test('stores a record once, across restarts, and refuses what is not one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'einlass-receiver-'));
  const file = join(dir, 'log.jsonl');
  try {
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(record))).status, 201);
      assert.equal((await post(JSON.stringify(record))).status, 200);
      // Another decision in the same second is another record.
      const withdrawn = { ...record, action: 'reject-all', categories: { necessary: true, analytics: false }, services: { matomo: false } };
      assert.equal((await post(JSON.stringify(withdrawn))).status, 201);
      assert.equal((await post(JSON.stringify({ ...record, path: '/kontakt?email=a@b.de' }))).status, 400);
      assert.equal((await post(JSON.stringify({ ...record, action: 'yes' }))).status, 400);
      assert.equal((await post('not json')).status, 400);
      assert.equal((await post(JSON.stringify(record), 'text/plain')).status, 415);
      assert.equal((await post('x'.repeat(20000))).status, 413);
    });
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(record))).status, 200);
      assert.equal((await post(JSON.stringify({ ...record, timestamp: '2026-11-22T10:00:00.000Z' }))).status, 201);
    });
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines.map((l) => [l.timestamp, l.action]), [['2026-11-21T09:30:00.000Z', 'custom'], ['2026-11-21T09:30:00.000Z', 'reject-all'], ['2026-11-22T10:00:00.000Z', 'custom']]);
    assert.deepEqual(Object.keys(lines[0]).sort(), ['action', 'categories', 'consentId', 'path', 'receivedAt', 'revision', 'services', 'timestamp']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('answers targets such as // with a 404 and keeps running', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'einlass-receiver-'));
  const server = createConsentServer(join(dir, 'log.jsonl'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const raw = (request) => new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => { socket.end(request); });
    let reply = '';
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('end', () => { resolve(reply.split('\r\n')[0]); });
    socket.on('error', reject);
  });
  try {
    assert.equal(await raw('POST // HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'), 'HTTP/1.1 404 Not Found');
    assert.equal(await raw('GET //etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 'HTTP/1.1 404 Not Found');
    const stored = await fetch(`http://127.0.0.1:${port}/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
    assert.equal(stored.status, 201);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// Issue 16, item 11: a full disk, torn and unreadable lines, a killed process.

test('answers 503 when the disk is full and stores the resend once there is room', async (t) => {
  t.mock.method(console, 'error', () => undefined);
  await inTempDir(async (dir) => {
    // The log is a link to a real file; the disk fills by pointing it at /dev/full, where every write
    // fails with ENOSPC, and frees by pointing it back.
    const file = join(dir, 'log.jsonl');
    const real = join(dir, 'real.jsonl');
    const pointTo = (target) => {
      rmSync(file, { force: true });
      symlinkSync(target, file);
    };
    pointTo(real);
    const other = decision(1);
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(other))).status, 201);
      pointTo('/dev/full');
      assert.equal((await post(JSON.stringify(record))).status, 503);
      assert.equal((await post(JSON.stringify(record))).status, 503, 'a record that was not written is no duplicate');
      pointTo(real);
      assert.equal((await post(JSON.stringify(record))).status, 201);
      assert.equal((await post(JSON.stringify(record))).status, 200);
    });
    assert.deepEqual(linesOf(real).map((l) => l.consentId), [other.consentId, record.consentId]);
    assert.match(console.error.mock.calls[0].arguments[0], /ENOSPC/);
  });
});

test('starts on a log with unreadable and torn lines, reports them and appends on a fresh line', async (t) => {
  const warn = t.mock.method(console, 'warn', () => undefined);
  await inTempDir(async (dir) => {
    const file = join(dir, 'log.jsonl');
    const good = JSON.stringify({ ...record, receivedAt: record.timestamp });
    // An edited line, a line that is JSON but no record, and a last line cut short by a full disk.
    writeFileSync(file, `${good}\nnot json\n{"consentId":1}\n${good.slice(0, 40)}`);
    const next = decision(1);
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(record))).status, 200, 'the good line is still known');
      assert.equal((await post(JSON.stringify(next))).status, 201);
    });
    assert.equal(warn.mock.callCount(), 1);
    assert.match(warn.mock.calls[0].arguments[0], /skipped 3 unreadable line\(s\) of .*log\.jsonl, at byte \d+, \d+, \d+$/);
    const text = readFileSync(file, 'utf8').split('\n');
    assert.deepEqual(text.slice(-3), [good.slice(0, 40), JSON.stringify({ ...next, receivedAt: JSON.parse(text.at(-2)).receivedAt }), '']);
  });
});

const cli = fileURLToPath(new URL('../demo/consent-receiver.mjs', import.meta.url));

/** The receiver's command line as a child process on a free port; resolves once it listens. */
function startCli(file) {
  const child = spawn(process.execPath, [cli], { env: { ...process.env, PORT: '0', LOG_FILE: file }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /127\.0\.0\.1:([1-9]\d*)\//.exec(out)?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}/consent` });
    });
    child.on('exit', (code) => { reject(new Error(`receiver exited (${code}) before listening`)); });
    setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`receiver named no port it listens on: ${out}`));
    }, 5000);
  });
}

test('loses no record it answered 2xx for when killed mid-flight, and starts again on its log', async () => {
  await inTempDir(async (dir) => {
    const file = join(dir, 'log.jsonl');
    const records = Array.from({ length: 1000 }, (_, i) => decision(i));
    const send = (url, r) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) }).then((res) => res.status, () => 0);
    let { child, url } = await startCli(file);
    const killed = new Promise((resolve) => child.on('exit', (code, signal) => { resolve(signal); }));
    // 100 POSTs in flight at any time; the kill -9 lands after the first 300 answers, with 100 under way.
    const first = [];
    let next = 0;
    let answered = 0;
    const sender = async () => {
      while (next < records.length) {
        const i = next++;
        first[i] = await send(url, records[i]);
        if (first[i] && ++answered === 300) child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 100 }, sender));
    assert.equal(await killed, 'SIGKILL');
    const stored = first.map((status, i) => [status, records[i].consentId]).filter(([status]) => status === 201).map(([, id]) => id);
    assert.ok(stored.length >= 300 && stored.length < records.length, `${stored.length} answered 201 before the kill`);
    const counts = new Map();
    for (const l of linesOf(file)) counts.set(l.consentId, (counts.get(l.consentId) ?? 0) + 1);
    for (const id of stored) assert.equal(counts.get(id), 1, `a record answered 201 is in the log once: ${id}`);

    // Restarted, it reads the log and gets every record again, as browsers holding them would send.
    ({ child, url } = await startCli(file));
    try {
      const second = await Promise.all(records.map((r) => send(url, r)));
      // 200 for every record answered before the kill; 201, or 200 if it was written just before it, for the rest.
      second.forEach((status, i) => {
        assert.ok(stored.includes(records[i].consentId) ? status === 200 : status === 200 || status === 201, `resend ${i}: ${status}`);
      });
    } finally {
      child.kill('SIGKILL');
    }
    const ids = linesOf(file).map((l) => l.consentId);
    assert.equal(ids.length, records.length);
    assert.deepEqual(new Set(ids), new Set(records.map((r) => r.consentId)));
  });
});

// Issue 16, item 12: a receiver on another origin, for the origins it lists.

test('answers the preflight of a listed origin and refuses an unlisted one', async () => {
  await inTempDir(async (dir) => {
    const file = join(dir, 'log.jsonl');
    const site = 'https://www.example.com';
    await withReceiver(file, async (post, url) => {
      const preflight = (origin) => fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      const ok = await preflight(site);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), site);
      assert.equal(ok.headers.get('access-control-allow-methods'), 'POST');
      assert.equal(ok.headers.get('access-control-allow-headers'), 'content-type');
      assert.ok(Number(ok.headers.get('access-control-max-age')) > 0);
      const stored = await post(JSON.stringify(record), 'application/json', { origin: site });
      assert.equal(stored.status, 201);
      assert.equal(stored.headers.get('access-control-allow-origin'), site);
      assert.equal(stored.headers.get('vary'), 'Origin');

      const refused = await preflight('https://evil.example');
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      const other = await post(JSON.stringify(record), 'application/json', { origin: 'https://evil.example' });
      assert.equal(other.headers.get('access-control-allow-origin'), null, 'a browser hides this answer from the unlisted page');
    }, { origins: [site] });
    assert.equal(linesOf(file).length, 1);
  });
});

test('refuses every preflight when no origin is listed, and serves its own origin as before', async () => {
  await inTempDir(async (dir) => {
    await withReceiver(join(dir, 'log.jsonl'), async (post, url) => {
      const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://localhost:8000', 'access-control-request-method': 'POST' } });
      assert.equal(preflight.status, 403);
      assert.match((await preflight.json()).error, /ALLOWED_ORIGINS/);
      // A browser sends Origin on a same-origin POST too.
      const stored = await post(JSON.stringify(record), 'application/json', { origin: new URL(url).origin });
      assert.equal(stored.status, 201);
      assert.equal(stored.headers.get('access-control-allow-origin'), null);
    });
  });
});

// Issue 16, item 13: bounded memory, and a start that reads the end of the log only.

test('remembers the last records of its window only, on start too', async () => {
  await inTempDir(async (dir) => {
    const file = join(dir, 'log.jsonl');
    const [x, y, a, b] = [1, 2, 3, 4].map(decision);
    writeFileSync(file, [x, y].map((r) => `${JSON.stringify({ ...r, receivedAt: r.timestamp })}\n`).join(''));
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(x))).status, 200, 'the last lines are read back');
      for (const r of [a, b]) assert.equal((await post(JSON.stringify(r))).status, 201);
      assert.equal((await post(JSON.stringify(x))).status, 201, 'x left the window of 2: stored again');
      assert.equal((await post(JSON.stringify(x))).status, 200);
    }, { dedupeWindow: 2 });
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(b))).status, 200);
      assert.equal((await post(JSON.stringify(x))).status, 200);
      assert.equal((await post(JSON.stringify(a))).status, 201, 'a is beyond the last 2 lines');
    }, { dedupeWindow: 2 });
    assert.deepEqual(linesOf(file).map((l) => l.consentId), [x, y, a, b, x, a].map((r) => r.consentId));
  });
});

test('reads only the end of its log on start', async (t) => {
  const warn = t.mock.method(console, 'warn', () => undefined);
  await inTempDir(async (dir) => {
    const file = join(dir, 'log.jsonl');
    const [x, y, z] = [1, 2, 3].map(decision);
    // A torn line at the head, beyond the window of 2: a start that read it would report it.
    writeFileSync(file, ['an old torn line', ...[x, y, z].map((r) => JSON.stringify({ ...r, receivedAt: r.timestamp })), ''].join('\n'));
    await withReceiver(file, async (post) => {
      assert.equal((await post(JSON.stringify(z))).status, 200);
      assert.equal((await post(JSON.stringify(x))).status, 201);
    }, { dedupeWindow: 2 });
    assert.equal(warn.mock.callCount(), 0, 'the head of the log was never read');
  });
});
