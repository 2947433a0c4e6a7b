// Every request to a host that is not this machine is answered here and recorded, so tests
// can assert which third-party requests happened, and no test can ever reach the internet.

/** The host every test page is served from. */
export const TEST_HOST = 'www.einlass.test';
const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);
const isLocal = (url) => LOCAL.has(url.hostname) || url.hostname.endsWith('.einlass.test');

const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const DEFAULTS = {
  script: { contentType: 'text/javascript', body: '' },
  stylesheet: { contentType: 'text/css', body: '' },
  image: { contentType: 'image/gif', body: GIF },
  document: { contentType: 'text/html', body: '<!doctype html><title>stub</title>' },
};

/** @type {WeakMap<object, { log: object[], stubs: object[] }>} */
const pages = new WeakMap();

function stateOf(page) {
  let state = pages.get(page);
  if (!state) pages.set(page, (state = { log: [], stubs: [] }));
  return state;
}

/** Used as the playwright launcher's createPage: installs the interception before any test code runs. */
export async function createRecordingPage({ context }) {
  const page = await context.newPage();
  // Tests run on www.einlass.test (mapped to 127.0.0.1 by --host-resolver-rules): a registrable domain,
  // so cookies on a parent domain (.einlass.test) can be set, and plain http, as on many small sites.
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(url.replace(/^http:\/\/(localhost|127\.0\.0\.1):/, `http://${TEST_HOST}:`), options);
  const state = stateOf(page);
  await page.route(
    (url) => !isLocal(url),
    async (route) => {
      const request = route.request();
      const url = request.url();
      state.log.push({ url, method: request.method(), type: request.resourceType(), time: Date.now() });
      const stub = state.stubs.find((s) => url.startsWith(s.prefix));
      if (stub?.delayMs) await new Promise((resolve) => setTimeout(resolve, stub.delayMs));
      if (stub?.abort) return route.abort('blockedbyclient').catch(() => undefined);
      const fallback = DEFAULTS[request.resourceType()] ?? { contentType: 'text/plain', body: '' };
      await route
        .fulfill({
          status: stub?.status ?? 200,
          contentType: stub?.contentType ?? fallback.contentType,
          headers: stub?.headers,
          body: stub?.body ?? fallback.body,
        })
        .catch(() => undefined);
    },
  );
  return page;
}

/** Server commands: `net-log`, `net-clear`, `net-stub` (see test/helpers/network.ts). */
export function networkPlugin() {
  return {
    name: 'einlass-network',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('net-')) return undefined;
      const state = stateOf(session.browser.getPage(session.id));
      switch (command) {
        case 'net-log':
          return state.log;
        case 'net-clear':
          state.log.length = 0;
          return true;
        case 'net-stub':
          state.stubs.unshift(payload);
          return true;
        case 'net-unstub':
          state.stubs.length = 0;
          return true;
        case 'net-cookies':
          // The browser's own view, with the attributes document.cookie hides (path, SameSite, expiry).
          return session.browser.getPage(session.id).context().cookies();
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
