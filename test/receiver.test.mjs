// The demo's reference consent receiver, on loopback, with its JSON-lines file.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { connect } from 'node:net';
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

async function withReceiver(file, run) {
  const server = createServer(createReceiver(file));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/consent`;
  try {
    await run((body, type = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': type }, body }));
  } finally {
    server.close();
  }
}

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
