// A second top-level page, on http://localhost: a secure context, where the browser takes Secure
// and __Host- cookies as it would on https (test pages on www.einlass.test are plain http).
import { createRecordingPage } from './network.mjs';

/** Server commands: `page-open` { path }, `page-eval` { script } (an expression, awaited), `page-reload`, `page-close`. */
export function pagesPlugin() {
  let page;
  return {
    name: 'einlass-pages',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('page-')) return undefined;
      switch (command) {
        case 'page-open': {
          const tests = session.browser.getPage(session.id);
          await page?.close();
          // Every request of this page to a third party is answered locally too.
          page = await createRecordingPage({ context: tests.context() });
          // The frame's own goto: the page's is set to move localhost to www.einlass.test.
          await page.mainFrame().goto(`http://localhost:${new URL(tests.url()).port}${payload.path}`);
          return true;
        }
        case 'page-eval':
          return page.evaluate(payload.script);
        case 'page-reload':
          await page.reload();
          return true;
        case 'page-close':
          await page?.close();
          page = undefined;
          return true;
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
