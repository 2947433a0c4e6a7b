// `npm run screenshots`: the German banner and settings, light and dark; the banner on a 375×740
// phone in German, French, Polish and Greek; and, on that phone, the settings, a video's placeholder
// and the cookie declaration in German (light) and English (dark), as the README shows them.
// Serves the demo on a spare port; headless Chromium (driven by Playwright, so a page can scroll
// before the picture) takes each one in a fresh context, the providers' hosts answered empty.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { playwright } from '@web/test-runner-playwright';

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
  const browser = await playwright.chromium.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  const shoot = async (file, url, size) => {
    const [width, height] = size.split(',').map(Number);
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.route((address) => address.hostname !== '127.0.0.1', (route) => route.fulfill({ status: 200, body: '' }));
    await page.goto(url);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: file });
    await context.close();
    console.log(`wrote ${file}`);
  };
  for (const theme of ['light', 'dark']) {
    for (const view of ['banner', 'settings']) {
      await shoot(`demo/screenshots/${view}-${theme}.png`, `http://127.0.0.1:${port}/demo/?lang=de&theme=${theme}${view === 'settings' ? '&view=settings' : ''}`, '1000,760');
    }
  }
  for (const lang of ['de', 'fr', 'pl', 'el']) await shoot(`demo/screenshots/phone-${lang}.png`, `http://127.0.0.1:${port}/demo/?lang=${lang}&theme=light`, '375,740');
  // On a phone, German and English, light and dark: settings, a video's placeholder, the declaration
// (and the English banner in dark; the German one is phone-de.png).
  for (const [lang, theme] of [['de', 'light'], ['en', 'dark']]) {
    const demo = `http://127.0.0.1:${port}/demo`;
    if (lang === 'en') await shoot(`demo/screenshots/phone-banner-${lang}-${theme}.png`, `${demo}/?lang=${lang}&theme=${theme}`, '375,740');
    await shoot(`demo/screenshots/phone-settings-${lang}-${theme}.png`, `${demo}/?lang=${lang}&theme=${theme}&view=settings`, '375,740');
    await shoot(`demo/screenshots/phone-placeholder-${lang}-${theme}.png`, `${demo}/?lang=${lang}&theme=${theme}&show=video`, '375,740');
    await shoot(`demo/screenshots/phone-declaration-${lang}-${theme}.png`, `${demo}/datenschutz.html?lang=${lang}&theme=${theme}&show=cookies`, '375,740');
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
