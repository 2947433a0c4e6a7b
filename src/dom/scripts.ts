import { ACTIVE } from './gated';
import { scriptText, scriptUrl } from './trusted';

const NOT_COPIED = new Set(['type', 'src', 'data-src', 'data-type', 'nonce']);
/** How long a script that neither loads nor fails may hold back the scripts after it. */
export const SCRIPT_TIMEOUT_MS = 3000;

/** Replaces a blocked script by a live copy; resolves once the next script may run after it. */
function run(blocked: HTMLScriptElement, pageNonce: string | undefined): Promise<void> {
  const script = document.createElement('script');
  for (const { name, value } of Array.from(blocked.attributes)) {
    if (!NOT_COPIED.has(name)) script.setAttribute(name, value);
  }
  // The nonce attribute reads as "" once parsed (nonce hiding); the property keeps it. A script
  // without one gets the page's, so a strict Content-Security-Policy lets it run.
  const nonce = blocked.nonce || pageNonce;
  if (nonce) script.nonce = nonce;
  const type = blocked.getAttribute('data-type');
  if (type) script.type = type;
  script.dataset.einlass = ACTIVE;
  const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
  if (src === null) {
    script.text = scriptText(blocked.text);
    blocked.replaceWith(script);
    return Promise.resolve();
  }
  // Always async: with `async = false` the browser keeps its own order, and a script whose host
  // hangs would hold back the next one for good. The queue keeps document order itself, waiting
  // for each script without `async` on the original to load, fail or time out.
  script.async = true;
  const done = blocked.hasAttribute('async')
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        script.addEventListener('load', () => { resolve(); }, { once: true });
        script.addEventListener('error', () => { resolve(); }, { once: true });
        // A host that hangs must not stop every service after it.
        setTimeout(resolve, SCRIPT_TIMEOUT_MS);
      });
  script.src = scriptUrl(src);
  blocked.replaceWith(script);
  return done;
}

/**
 * Runs blocked scripts one after another, each exactly once, so an inline script that uses an
 * external library runs after the library has loaded (or failed to).
 */
export function createScriptQueue(nonce?: string): (scripts: HTMLScriptElement[]) => void {
  const started = new WeakSet<Element>();
  let queue = Promise.resolve();
  return (scripts) => {
    for (const script of scripts) {
      if (started.has(script)) continue;
      started.add(script);
      // One script that cannot run (a policy refusing it) must not stop the queue behind it.
      queue = queue
        .then(() => {
          if (script.isConnected) return run(script, nonce);
        })
        .catch((error: unknown) => { console.error('einlass: a gated script could not run:', error); });
    }
  };
}
