import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createRecordingPage, networkPlugin } from './test/tools/network.mjs';
import { consentLog } from './test/tools/consent-log.mjs';
import { pagesPlugin } from './test/tools/pages.mjs';
import { readmeSnippetsPlugin } from './test/tools/readme-snippets.mjs';
import { cssTextPlugin } from './test/tools/css-text.mjs';
import { summaryReporter } from './test/tools/summary-reporter.mjs';

const log = consentLog();

export default {
  files: 'test/**/*.test.{ts,tsx}',
  nodeResolve: true,
  // Bound to IPv4 so that www.einlass.test, mapped to 127.0.0.1, reaches it.
  hostname: '127.0.0.1',
  testsFinishTimeout: 60000,
  concurrency: 2,
  reporters: [defaultReporter(), summaryReporter()],
  middleware: [
    // The strict policy of the trust tests, sent as a header as a real site would.
    (context, next) => {
      // ?trusted-types: Google's strict-CSP recipe with Trusted Types, allowing einlass's policy by name.
      if (context.path === '/test/fixtures/csp.html') {
        const trustedTypes = 'trusted-types' in context.query ? "; require-trusted-types-for 'script'; trusted-types einlass" : '';
        context.set('Content-Security-Policy', `script-src 'self' 'nonce-einlass-test-nonce-4f9a'; style-src 'self' 'nonce-einlass-test-nonce-4f9a'${trustedTypes}`);
      }
      return next();
    },
    // The loader served from a folder without its parts, as when a deploy forgot them.
    (context, next) => {
      if (context.path === '/missing/einlass.js') context.path = '/dist/einlass.js';
      return next();
    },
    // The built parts served from /slow/, the interface part a third of a second late, as over a slow link,
    // and the floating button's label 8 s late, as from a server that hangs.
    async (context, next) => {
      if (!context.path.startsWith('/slow/')) return next();
      if (context.path === '/slow/einlass-ui.js') await new Promise((resolve) => setTimeout(resolve, 300));
      if (context.path.startsWith('/slow/einlass-reopen-')) await new Promise((resolve) => setTimeout(resolve, 8000));
      context.path = context.path.replace('/slow/', '/dist/');
      return next();
    },
    // A page streamed as a CMS flushes it: <head> with the loader as `<script type="module" async>`,
    // then, 800 ms later, the body, so the loader runs before the body exists.
    (context, next) => {
      if (context.path !== '/streamed/page.html') return next();
      const stream = new PassThrough();
      context.compress = false;
      context.type = 'text/html; charset=utf-8';
      context.body = stream;
      stream.write(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>streamed</title>
<script src="/test/fixtures/capture-console.js"></script>
<script type="application/json" data-einlass-config>{"privacyPolicy":"/datenschutz","integrations":{"matomo":{"url":"https://matomo.example.org/","siteId":3}}}</script>
<script type="module" async src="/dist/einlass.js"></script>
${' '.repeat(4096)}</head>`);
      setTimeout(() => { stream.end('<body><p id="page">The page works.</p><script>window.pageScriptRan = true;</script></body></html>'); }, 800);
      return undefined;
    },
    // The loader behind a redirect, as a CDN's "latest" address or a CMS's asset route serves it (query kept),
    // for pages under a strict policy of their own nonce (test/script-tag/redirect.test.ts).
    (context, next) => {
      if (context.path === '/redirect/einlass.js') {
        context.redirect(`/dist/einlass.js${context.search}`);
        return undefined;
      }
      if (context.path.startsWith('/test/fixtures/redirect-csp')) {
        context.set('Content-Security-Policy', "script-src 'self' 'nonce-einlass-redirect-nonce-7c2e'; style-src 'self' 'nonce-einlass-redirect-nonce-7c2e'");
      }
      return next();
    },
    log.middleware,
  ],
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      tsx: true,
      js: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      // nanostores reads process.env.NODE_ENV unguarded.
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
    cssTextPlugin(),
    networkPlugin(),
    pagesPlugin(),
    readmeSnippetsPlugin(),
    log.plugin,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      createPage: createRecordingPage,
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // Lets fixtures use a real registrable domain, so domain cookies can be set and deleted.
          '--host-resolver-rules=MAP *.einlass.test 127.0.0.1',
        ],
      },
    }),
  ],
};
