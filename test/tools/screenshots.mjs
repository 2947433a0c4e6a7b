// `npm run screenshots`: the German banner and settings, light and dark, and the banner on a
// 375×740 phone in German, French, Polish and Greek, as the README shows them.
// Serves the demo on a spare port and lets headless Chromium take each picture with a fresh profile.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 8123;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const server = spawn('npx', ['web-dev-server', '--config', 'web-dev-server.config.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
  detached: true,
});

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/demo/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the demo server did not start');
}

try {
  await waitForServer();
  mkdirSync('demo/screenshots', { recursive: true });
  const shoot = (file, url, size, scale = 1) => {
    const profile = mkdtempSync(join(tmpdir(), 'einlass-shot-'));
    const run = spawnSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--user-data-dir=${profile}`,
      `--force-device-scale-factor=${String(scale)}`, '--virtual-time-budget=5000', `--window-size=${size}`, `--screenshot=${file}`, url,
    ], { encoding: 'utf8' });
    rmSync(profile, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`chromium failed for ${file}: ${run.stderr}`);
    console.log(`wrote ${file}`);
  };
  for (const theme of ['light', 'dark']) {
    for (const view of ['banner', 'settings']) {
      shoot(`demo/screenshots/${view}-${theme}.png`, `http://127.0.0.1:${port}/demo/?lang=de&theme=${theme}${view === 'settings' ? '&view=settings' : ''}`, '1000,760');
    }
  }
  for (const lang of ['de', 'fr', 'pl', 'el']) shoot(`demo/screenshots/phone-${lang}.png`, `http://127.0.0.1:${port}/demo/?lang=${lang}&theme=light`, '375,740');
} finally {
  process.kill(-server.pid);
}
