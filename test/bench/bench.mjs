// `npm run bench`: einlass against Klaro and CookieConsent v3 on the same page, in headless Chromium
// on loopback. Prints a table: bytes on a first and a repeat visit, time to a visible banner, script
// time, layout shift and third-party requests before consent.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { page as render, TOOLS } from './pages.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const ROOT = new URL('../../', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const brotliSizes = new Map();

function body(pathname) {
  const tool = /^\/bench\/(\w+)\.html$/.exec(pathname)?.[1];
  if (tool && TOOLS[tool]) return Buffer.from(render(tool));
  if (!/^\/(dist|node_modules\/(klaro|vanilla-cookieconsent))\//.test(pathname)) return undefined;
  try {
    return readFileSync(new URL(`.${pathname}`, ROOT));
  } catch {
    return undefined;
  }
}

/** What the file costs on the wire, compressed as a CDN would. */
function brotliSize(pathname, bytes) {
  if (!brotliSizes.has(pathname)) brotliSizes.set(pathname, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  return brotliSizes.get(pathname);
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  const bytes = body(pathname);
  if (!bytes) {
    res.writeHead(404);
    res.end();
    return;
  }
  brotliSize(pathname, bytes);
  // No HTTP cache, so a repeat visit counts what it really fetches again.
  res.writeHead(200, { 'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(bytes);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function visit(context, tool, { waitForBanner }) {
  const page = await context.newPage();
  const served = [];
  const thirdParty = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) served.push(url.pathname);
  });
  await page.route((url) => url.origin !== origin, (route) => {
    thirdParty.push(route.request().url());
    return route.abort();
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/bench/${tool}.html`);
  let bannerMs;
  if (waitForBanner) {
    const handle = await page.waitForFunction(
      `(() => { const el = (${TOOLS[tool].banner})(); if (!el) return false; const box = el.getBoundingClientRect(); const style = getComputedStyle(el);
        return box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0 && performance.now(); })()`,
      undefined,
      { polling: 'raf', timeout: 10_000 },
    );
    bannerMs = await handle.jsonValue();
  }
  await page.waitForLoadState('load');
  await page.waitForTimeout(400);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
  const cls = await page.evaluate(() => window.__cls);
  const bytes = served.reduce((sum, pathname) => sum + (brotliSizes.get(pathname) ?? 0), 0);
  return { page, bannerMs, scriptMs, cls, bytes, thirdParty: thirdParty.length };
}

async function measure(tool) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const first = await visit(context, tool, { waitForBanner: true });
    await first.page.evaluate(`(${TOOLS[tool].reject})()`);
    await first.page.waitForTimeout(300);
    await first.page.close();
    const repeat = await visit(context, tool, { waitForBanner: false });
    runs.push({ first, repeat });
    await context.close();
  }
  return runs;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  const results = {};
  for (const tool of Object.keys(TOOLS)) results[tool] = await measure(tool);
  const tools = Object.keys(results);
  const fmt = (n) => Math.round(n).toLocaleString('en');
  const ratio = (value, base) => (tool) => (tool === 'einlass' || !base ? '' : ` (${(value(tool) / base).toFixed(1)}×)`);
  const rows = [
    ['bytes, first visit (brotli)', (t) => results[t][0].first.bytes, (v) => `${fmt(v)} B`],
    ['bytes, repeat visit (brotli)', (t) => results[t][0].repeat.bytes, (v) => `${fmt(v)} B`],
    ['banner visible, ms (median, min–max)', (t) => median(results[t].map((r) => r.first.bannerMs)), (v, t) => `${fmt(v)} (${fmt(Math.min(...results[t].map((r) => r.first.bannerMs)))}–${fmt(Math.max(...results[t].map((r) => r.first.bannerMs)))})`],
    ['script time, first visit, ms (median)', (t) => median(results[t].map((r) => r.first.scriptMs)), (v) => fmt(v)],
    ['script time, repeat visit, ms (median)', (t) => median(results[t].map((r) => r.repeat.scriptMs)), (v) => fmt(v)],
    ['layout shift (CLS, worst run)', (t) => Math.max(...results[t].map((r) => r.first.cls)), (v) => v.toFixed(3)],
    ['third-party requests before consent', (t) => Math.max(...results[t].map((r) => r.first.thirdParty)), (v) => String(v)],
  ];
  const lines = [`| ${RUNS} runs each, ${new Date().toISOString().slice(0, 10)} | ${tools.join(' | ')} |`, `| --- |${tools.map(() => ' --- |').join('')}`];
  for (const [label, value, show] of rows) {
    const base = value('einlass');
    const withRatio = ratio(value, base);
    lines.push(`| ${label} | ${tools.map((t) => show(value(t), t) + (label.startsWith('bytes') || label.startsWith('banner') || label.startsWith('script') ? withRatio(t) : '')).join(' | ')} |`);
  }
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  server.close();
}
