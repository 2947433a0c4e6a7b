// `npm run bench`: einlass against Klaro, CookieConsent v3 and Osano's cookieconsent on the same page,
// in headless Chromium, over loopback and over two throttled links (Chrome DevTools network
// emulation). Prints a table per network profile: bytes on a first and a repeat visit, time to a
// visible banner, Largest Contentful Paint, script time, layout shift and third-party requests before
// consent. Beside einlass as shipped it measures einlass with preload hints for its first-visit parts
// (`einlassPreloaded`), to show what the round trip that saves is worth; that variant is no peer.
//
// Env: RUNS (default 10) runs per tool and profile; PROFILES (comma list, default all) picks
// profiles; DEBUG=1 prints each tool's request waterfall of the first round to stderr.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { page as render, TOOLS } from './pages.mjs';

/** Network profiles: latency in ms, throughput in bytes/s, as Network.emulateNetworkConditions takes them. */
const PROFILES = {
  loopback: { title: 'loopback, no throttling' },
  slow: {
    title: '150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up',
    conditions: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
  fast3g: {
    title: 'DevTools "Fast 3G": 562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up',
    conditions: { latency: 562.5, downloadThroughput: 1.44e6 / 8, uploadThroughput: 675e3 / 8 },
  },
};

const RUNS = Number(process.env.RUNS ?? 10);
const DEBUG = Boolean(process.env.DEBUG && process.env.DEBUG !== '0');
const profiles = (process.env.PROFILES ?? Object.keys(PROFILES).join(',')).split(',').map((p) => p.trim()).filter(Boolean);
for (const profile of profiles) if (!PROFILES[profile]) throw new Error(`Unknown profile "${profile}"; known: ${Object.keys(PROFILES).join(', ')}`);
if (!(RUNS >= 1)) throw new Error(`RUNS must be at least 1, not "${process.env.RUNS}"`);
/** How long to let the page settle after the banner shows (and the load event) before reading the metrics. */
const SETTLE_MS = 500;

const ROOT = new URL('../../', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const compressed = new Map();

// dist/ as `npm run build` left it: read once, so a rebuild during the run cannot mix two builds.
const DIST = new Map();
for (const name of readdirSync(new URL('dist/', ROOT), { recursive: true })) {
  const file = new URL(`dist/${name}`, ROOT);
  if (statSync(file).isFile()) DIST.set(`/dist/${name.split('\\').join('/')}`, readFileSync(file));
}

function body(pathname) {
  const tool = /^\/bench\/(\w+)\.html$/.exec(pathname)?.[1];
  if (tool && TOOLS[tool]) return Buffer.from(render(tool));
  if (pathname.startsWith('/dist/')) return DIST.get(pathname);
  if (!/^\/node_modules\/(klaro|vanilla-cookieconsent|cookieconsent\/build)\//.test(pathname)) return undefined;
  try {
    return readFileSync(new URL(`.${pathname}`, ROOT));
  } catch {
    return undefined;
  }
}

/** The file compressed as a CDN would: what it costs on the wire. */
function brotli(pathname, bytes) {
  if (!compressed.has(pathname)) compressed.set(pathname, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return compressed.get(pathname);
}
const brotliSize = (pathname) => compressed.get(pathname)?.length ?? 0;

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  const bytes = body(pathname);
  if (!bytes) {
    res.writeHead(404);
    res.end();
    return;
  }
  // Sent brotli-compressed (Chromium asks for br even over http to 127.0.0.1), so the throttled
  // profiles move the bytes the table counts. No HTTP cache, so a repeat visit counts what it
  // really fetches again.
  const packed = brotli(pathname, bytes);
  const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    ...(br ? { 'content-encoding': 'br' } : {}),
  });
  res.end(br ? packed : bytes);
});
// Keep idle connections as long as a CDN would. With Node's default of 5 s, a repeat visit could
// reuse a connection just as the server closed it, and the request failed.
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // Every host but this machine fails to resolve, so nothing leaves it. Third-party requests are
  // counted from the request events: routing them through page.route would hold every request,
  // the page's own included, for a round trip to this process and skew the timings.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

/**
 * Runs in the page before its own scripts: sums layout shifts, keeps the latest LCP entry and, when
 * given the tool's banner finder, notes the first animation frame in which the banner is visible.
 */
function probe(banner) {
  const state = { cls: 0, lcp: undefined, lcpElement: undefined, bannerMs: undefined };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.lcp = entry.startTime;
      const el = entry.element;
      state.lcpElement = el ? `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}` : '(not exposed)';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  if (!banner) return;
  const look = () => {
    const el = banner();
    if (el) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0) {
        state.bannerMs = performance.now();
        return;
      }
    }
    window.requestAnimationFrame(look);
  };
  window.requestAnimationFrame(look);
}

async function visit(context, tool, profile, { first, log }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { conditions } = PROFILES[profile];
  if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  await cdp.send('Performance.enable');
  const served = [];
  const thirdParty = [];
  const requests = [];
  const pending = new Set();
  const failed = [];
  page.on('request', (request) => {
    pending.add(request);
    requests.push({ url: request.url(), at: Date.now() });
    if (new URL(request.url()).origin !== origin) thirdParty.push(request.url());
  });
  const done = (request, failure) => {
    pending.delete(request);
    const entry = requests.find((r) => r.url === request.url() && r.end === undefined);
    if (entry) Object.assign(entry, { end: Date.now(), failure });
  };
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    // A page's own file that fails makes the visit's figures wrong: the run is repeated.
    if (new URL(request.url()).origin === origin) failed.push(`${request.url().slice(origin.length)} (${failure})`);
    done(request, failure);
  });
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) served.push(url.pathname);
    done(request);
  });
  await page.addInitScript(`(${probe})(${first ? TOOLS[tool].banner : 'undefined'})`);
  await page.goto(`${origin}/bench/${tool}.html`);
  if (first) {
    await page.waitForFunction(() => window.__bench.bannerMs !== undefined, undefined, { polling: 100, timeout: 30_000 }).catch((error) => {
      const log = requests.map((r) => `${r.url.replace(origin, '')}${r.failure ? ` (${r.failure})` : r.end === undefined ? ' (pending)' : ''}`).join(', ');
      throw new Error(`${profile}, ${tool}: no visible banner after 30 s (${error.message.split('\n')[0]}); requests: ${log}; page errors: ${errors.join(' / ') || 'none'}`);
    });
  }
  // Settle: no request in flight, then SETTLE_MS without a new one (a repeat visit's late parts
  // would otherwise be missed on a slow link).
  for (const deadline = Date.now() + 30_000; ;) {
    while (pending.size && Date.now() < deadline) await page.waitForTimeout(20);
    const seen = requests.length;
    await page.waitForTimeout(SETTLE_MS);
    if ((!pending.size && requests.length === seen) || Date.now() >= deadline) break;
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
  const probed = await page.evaluate(() => ({
    ...window.__bench,
    timeOrigin: performance.timeOrigin,
    load: performance.getEntriesByType('navigation')[0]?.loadEventStart,
    resources: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
  }));
  const bytes = served.reduce((sum, pathname) => sum + brotliSize(pathname), 0);
  if (log) waterfall(`${profile}, ${tool}, ${first ? 'first' : 'repeat'} visit`, probed, requests);
  return { page, failed, bannerMs: probed.bannerMs, lcpMs: probed.lcp, lcpElement: probed.lcpElement, scriptMs, cls: probed.cls, bytes, thirdParty: thirdParty.length };
}

/**
 * DEBUG: when each request started and ended, in ms since navigation start: as the request events
 * reached this process, and as the page's Resource Timing has it (more exact; only finished requests).
 */
function waterfall(title, probed, requests) {
  const ms = (n) => (n === undefined ? '    –' : String(Math.round(n)).padStart(5));
  const short = (url) => (url.startsWith(origin) ? url.slice(origin.length) : url);
  const lines = [`${title}: banner ${ms(probed.bannerMs).trim()} ms, LCP ${ms(probed.lcp).trim()} ms (${probed.lcpElement ?? 'none'}), load ${ms(probed.load).trim()} ms`];
  lines.push('   events: start   end | timing: start   end | url');
  for (const r of requests) {
    const timing = probed.resources.find((e) => e.url === r.url);
    lines.push(`           ${ms(r.at - probed.timeOrigin)} ${ms(r.end === undefined ? undefined : r.end - probed.timeOrigin)} |         ${ms(timing?.start)} ${ms(timing?.end)} | ${short(r.url)}${r.failure ? ` (${r.failure})` : ''}`);
  }
  process.stderr.write(`${lines.join('\n')}\n\n`);
}

/** One first visit, a refusal and one repeat visit, in a fresh browser context. */
async function run(tool, profile, round) {
  const context = await browser.newContext();
  try {
    const log = DEBUG && round === 0;
    const first = await visit(context, tool, profile, { first: true, log });
    await first.page.evaluate(`(${TOOLS[tool].reject})()`);
    await first.page.waitForTimeout(300);
    await first.page.close();
    const repeat = await visit(context, tool, profile, { first: false, log });
    return { first, repeat };
  } finally {
    await context.close();
  }
}

/** A run in which one of the page's own files failed to load measures nothing: it is repeated. */
async function runValid(tool, profile, round) {
  for (let attempt = 1; ; attempt++) {
    const result = await run(tool, profile, round);
    const failed = [...result.first.failed, ...result.repeat.failed];
    if (!failed.length) return result;
    process.stderr.write(`warning: ${profile}, ${tool}, round ${round + 1}: ${failed.join(', ')} failed${attempt < 3 ? '; running again' : ''}\n`);
    if (attempt === 3) throw new Error(`${profile}, ${tool}: files kept failing`);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en');
const date = new Date().toISOString().slice(0, 10);

function table(profile, results) {
  const tools = Object.keys(results);
  const of = (t, pick) => results[t].map(pick);
  const spread = (pick) => (v, t) => `${fmt(v)} (${fmt(Math.min(...of(t, pick)))}–${fmt(Math.max(...of(t, pick)))})`;
  // [label, value of a tool, how to show it, whether to add the ratio to einlass]
  const rows = [
    ['bytes, first visit (brotli)', (t) => median(of(t, (r) => r.first.bytes)), (v) => `${fmt(v)} B`, true],
    ['bytes, repeat visit (brotli)', (t) => median(of(t, (r) => r.repeat.bytes)), (v) => `${fmt(v)} B`, true],
    ['banner visible, ms (median, min–max)', (t) => median(of(t, (r) => r.first.bannerMs)), spread((r) => r.first.bannerMs), true],
    ['Largest Contentful Paint, ms (median, min–max)', (t) => median(of(t, (r) => r.first.lcpMs)), spread((r) => r.first.lcpMs), true],
    ['script time, first visit, ms (median, min–max)', (t) => median(of(t, (r) => r.first.scriptMs)), spread((r) => r.first.scriptMs), true],
    ['script time, repeat visit, ms (median, min–max)', (t) => median(of(t, (r) => r.repeat.scriptMs)), spread((r) => r.repeat.scriptMs), true],
    ['layout shift (CLS, worst run)', (t) => Math.max(...of(t, (r) => r.first.cls)), (v) => v.toFixed(3), false],
    ['third-party requests before consent', (t) => Math.max(...of(t, (r) => r.first.thirdParty)), (v) => String(v), false],
  ];
  const lines = [`### ${profile}: ${PROFILES[profile].title}`, '', `| ${RUNS} runs each, ${profile}, ${date} | ${tools.join(' | ')} |`, `| --- |${tools.map(() => ' --- |').join('')}`];
  for (const [label, value, show, withRatio] of rows) {
    const base = value('einlass');
    const ratio = (t) => (withRatio && t !== 'einlass' && base ? ` (${(value(t) / base).toFixed(1)}×)` : '');
    lines.push(`| ${label} | ${tools.map((t) => show(value(t), t) + ratio(t)).join(' | ')} |`);
  }
  const banner = (t) => median(of(t, (r) => r.first.bannerMs));
  const [fastest] = tools.filter((t) => t !== 'einlass' && !TOOLS[t].variant).sort((a, b) => banner(a) - banner(b));
  if (fastest) {
    const against = (t) => `${t} ${fmt(banner(t))} ms, ${(banner(t) / banner(fastest)).toFixed(2)}× that`;
    lines.push('', `Fastest peer to a visible banner (median): ${fastest}, ${fmt(banner(fastest))} ms; ${tools.filter((t) => t === 'einlass' || TOOLS[t].variant).map(against).join('; ')}.`);
  }
  // The LCP time counts whatever element it is; say which one it was.
  const elements = (t) => {
    const counts = new Map();
    for (const el of of(t, (r) => r.first.lcpElement ?? 'none')) counts.set(el, (counts.get(el) ?? 0) + 1);
    return [...counts].map(([el, n]) => `${el} ×${n}`).join(', ');
  };
  lines.push(`Largest Contentful Paint element, first visit: ${tools.map((t) => `${t} ${elements(t)}`).join('; ')}.`);
  return lines.join('\n');
}

try {
  const tools = Object.keys(TOOLS);
  console.log(`einlass benchmark, ${date}: Chromium ${browser.version()}, ${cpus().length} cores, ${RUNS} runs per tool and profile, tools interleaved (order rotated each round).\n`);
  // One unmeasured run per tool first: the server compresses each file on its first request
  // (Klaro's takes over a second), and Chromium warms up.
  for (const tool of tools) await runValid(tool, 'loopback', -1);
  for (const profile of profiles) {
    const results = Object.fromEntries(tools.map((t) => [t, []]));
    for (let round = 0; round < RUNS; round++) {
      // Rotate the order each round, so machine noise hits every tool alike.
      const order = tools.map((_, i) => tools[(i + round) % tools.length]);
      for (const tool of order) results[tool].push(await runValid(tool, profile, round));
      process.stderr.write(`${profile}: round ${round + 1}/${RUNS}\r`);
    }
    process.stderr.write('\n');
    // Other work on the machine shows in the min–max spreads: say how busy it was.
    console.log(`${table(profile, results)}\nLoad average while it ran (1 min, at its end): ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.\n`);
  }
} finally {
  await browser.close();
  server.close();
}
