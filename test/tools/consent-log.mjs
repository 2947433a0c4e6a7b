// Mounts the demo's reference receiver in the test server at /consent-log (a real HTTP path on
// loopback), /consent-log-down, which always fails (503), and /consent-log-refuses (405); commands read and clear its file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../demo/consent-receiver.mjs';

export function consentLog() {
  const dir = mkdtempSync(join(tmpdir(), 'einlass-log-'));
  let file = join(dir, 'log-0.jsonl');
  let receiver = createReceiver(file);
  let generation = 0;
  const middleware = async (context, next) => {
    if (context.path === '/consent-log-down') {
      context.status = 503;
      return;
    }
    // An address that will never take a record: a page there that refuses POST, say.
    if (context.path === '/consent-log-refuses') {
      context.status = 405;
      return;
    }
    if (context.path !== '/consent-log') return next();
    context.respond = false;
    await new Promise((resolve) => {
      context.res.on('finish', resolve);
      receiver(context.req, context.res);
    });
  };
  const plugin = {
    name: 'einlass-consent-log',
    serverStop() {
      rmSync(dir, { recursive: true, force: true });
    },
    executeCommand({ command }) {
      if (command === 'consent-log-read') {
        try {
          return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
        } catch {
          return [];
        }
      }
      if (command === 'consent-log-clear') {
        file = join(dir, `log-${++generation}.jsonl`);
        receiver = createReceiver(file);
        return true;
      }
      return undefined;
    },
  };
  return { middleware, plugin };
}
