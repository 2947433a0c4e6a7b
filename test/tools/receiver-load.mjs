// Load and fault run of the reference consent receiver (issue 16, items 11-13); by hand, not in
// npm test, on Linux (it reads the receiver's memory from /proc). It writes a log of a million
// records, starts the receiver's command line on it, posts records concurrently with duplicates,
// fills the disk, kills the receiver with SIGKILL mid-flight, restarts it, sends again what was
// not answered 2xx (as browsers holding those proofs would), and checks the log against the answers.
//
//   node test/tools/receiver-load.mjs [--records=1000000] [--receiver=demo/consent-receiver.mjs] [--no-faults]
//
// --no-faults skips the full disk, the kill and the bad lines, e.g. to measure an older receiver.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const seeded = Number(args.records ?? 1_000_000);
const receiver = resolve(args.receiver ?? fileURLToPath(new URL('../../demo/consent-receiver.mjs', import.meta.url)));
const faults = !args['no-faults'];
const CONCURRENT = 200;

const dir = mkdtempSync(join(tmpdir(), 'einlass-load-'));
const real = join(dir, 'log.jsonl');
// The receiver writes through a link, so the disk can fill (link to /dev/full) and free again.
const link = join(dir, 'log-link.jsonl');
const pointTo = (target) => {
  rmSync(link, { force: true });
  symlinkSync(target, link);
};
const decision = (path) => ({
  consentId: randomUUID(), timestamp: '2026-11-21T09:30:00.000Z', revision: 1, action: 'custom',
  categories: { necessary: true, analytics: true }, services: { matomo: true }, path,
});
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;

function seedLog() {
  const fd = openSync(real, 'w');
  const tail = [];
  for (let i = 0; i < seeded; i += 10_000) {
    const batch = [];
    for (let j = i; j < Math.min(i + 10_000, seeded); j++) {
      const r = decision(`/seed-${j}`);
      if (seeded - j <= 1000) tail.push(r);
      batch.push(JSON.stringify({ ...r, receivedAt: '2026-11-21T09:30:01.000Z' }));
      // Bad lines near the end, where a start reads: an edit, and a line torn by a full disk.
      if (faults && seeded - j === 500) batch.push('not json', '{"consentId":"0f8fad5b-d9cb-');
    }
    writeSync(fd, `${batch.join('\n')}\n`);
  }
  if (faults) writeSync(fd, '{"consentId":"torn at the end'); // and a last line without its newline
  closeSync(fd);
  return tail;
}

/** The receiver's command line on a free port: its address, start time and resident memory. */
function start() {
  const began = process.hrtime.bigint();
  const child = spawn(process.execPath, [receiver], { env: { ...process.env, PORT: '0', LOG_FILE: link }, stdio: ['ignore', 'pipe', 'pipe'] });
  let warnings = '';
  child.stderr.on('data', (chunk) => { warnings += chunk; });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /127\.0\.0\.1:([1-9]\d*)\//.exec(out)?.[1];
      if (!port) return;
      const ms = Number(process.hrtime.bigint() - began) / 1e6;
      done({ child, url: `http://127.0.0.1:${port}/consent`, ms, rss: memory(child.pid), warnings: () => warnings });
    });
    child.on('exit', (code) => { fail(new Error(`receiver exited (${code}): ${warnings}`)); });
  });
}

/** VmRSS and VmHWM (the peak) of a process, in kB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1]);
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
}

const tally = { tried: 0, byStatus: {} };
/** Posts `records` with CONCURRENT in flight; calls `after(answered)` after each answer. Statuses, 0 for no answer. */
async function post(url, records, after = () => undefined) {
  const statuses = [];
  let next = 0;
  let answered = 0;
  const sender = async () => {
    while (next < records.length) {
      const i = next++;
      tally.tried++;
      statuses[i] = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(records[i]) })
        .then(async (res) => { await res.arrayBuffer(); return res.status; }, () => 0);
      tally.byStatus[statuses[i]] = (tally.byStatus[statuses[i]] ?? 0) + 1;
      if (statuses[i]) after(++answered);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT }, sender));
  return statuses;
}

const seedTail = seedLog();
pointTo(real);
const fresh = Array.from({ length: 30_000 }, (_, i) => decision(`/load-${i}`));
const acknowledged = new Set(); // ids of the new records answered 2xx
const note = (records, statuses) => records.forEach((r, i) => { if (statuses[i] >= 200 && statuses[i] < 300 && r.path.startsWith('/load-')) acknowledged.add(r.consentId); });
const report = [];

let run = await start();
report.push(`start on ${seeded.toLocaleString('en')} records: ${run.ms.toFixed(0)} ms, RSS ${mb(run.rss.now)} (peak ${mb(run.rss.peak)})`);
if (run.warnings()) report.push(`  it said: ${run.warnings().trim()}`);

// 10,000 new records, then resends: of the log's last records (from before the start) and of these.
let batch = [...fresh.slice(0, 10_000), ...seedTail.slice(-1000), ...fresh.slice(9000, 10_000)];
note(batch, await post(run.url, batch));
report.push(`after 12,000 POSTs (2,000 of them resends): RSS ${mb(memory(run.child.pid).now)}`);

if (faults) {
  pointTo('/dev/full');
  batch = fresh.slice(10_000, 11_000);
  const full = await post(run.url, batch);
  note(batch, full);
  pointTo(real);
  report.push(`disk full for 1,000 POSTs: ${full.filter((s) => s === 503).length} answered 503`);

  batch = fresh.slice(10_000, 20_000); // the refused 1,000 again, and 9,000 more
  const killed = new Promise((done) => run.child.on('exit', (code, signal) => { done(signal); }));
  note(batch, await post(run.url, batch, (answered) => { if (answered === 4000) run.child.kill('SIGKILL'); }));
  report.push(`kill -9 after 4,000 of 10,000 answers: ${await killed}`);

  run = await start();
  report.push(`restart: ${run.ms.toFixed(0)} ms, RSS ${mb(run.rss.now)}`);
  if (run.warnings()) report.push(`  it said: ${run.warnings().trim()}`);
}
// What browsers still hold (no 2xx yet) is sent again, with 10,000 records never sent before.
batch = [...fresh.slice(0, 20_000).filter((r) => !acknowledged.has(r.consentId)), ...fresh.slice(20_000)];
note(batch, await post(run.url, batch));
const end = memory(run.child.pid);
run.child.kill('SIGKILL');

// The log against the answers: every record answered 2xx is there exactly once.
const counts = new Map();
let lines = 0;
let unreadable = 0;
for await (const line of createInterface({ input: createReadStream(real) })) {
  if (!line) continue;
  lines++;
  try {
    const { consentId, path } = JSON.parse(line);
    if (path.startsWith('/load-')) counts.set(consentId, (counts.get(consentId) ?? 0) + 1);
  } catch {
    unreadable++;
  }
}
const missing = [...acknowledged].filter((id) => !counts.has(id)).length;
const twice = [...counts.values()].filter((n) => n > 1).length;
rmSync(dir, { recursive: true, force: true });

console.log(report.join('\n'));
console.log(`requests tried: ${tally.tried.toLocaleString('en')}, ${CONCURRENT} concurrent; answers: ${JSON.stringify(tally.byStatus)} (0 = none)`);
console.log(`faults: ${faults ? 'disk full (1,000 POSTs), kill -9 mid-flight, 3 bad lines in the log' : 'none'}`);
console.log(`records answered 2xx: ${acknowledged.size.toLocaleString('en')} of ${fresh.length.toLocaleString('en')} sent; in the log: ${counts.size.toLocaleString('en')}, missing ${missing}, stored twice ${twice}`);
console.log(`lines at the end: ${lines.toLocaleString('en')} (${unreadable} unreadable); RSS at the end: ${mb(end.now)} (peak ${mb(end.peak)})`);
