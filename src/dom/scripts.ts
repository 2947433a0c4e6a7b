import { ACTIVE } from './gated';

const NOT_COPIED = new Set(['type', 'src', 'data-src', 'data-type', 'nonce']);

/** Replaces a blocked script by a live copy; resolves once the next script may run after it. */
function run(blocked: HTMLScriptElement): Promise<void> {
  const script = document.createElement('script');
  for (const { name, value } of Array.from(blocked.attributes)) {
    if (!NOT_COPIED.has(name)) script.setAttribute(name, value);
  }
  // The nonce attribute reads as "" once parsed (nonce hiding); the property keeps it.
  if (blocked.nonce) script.nonce = blocked.nonce;
  const type = blocked.getAttribute('data-type');
  if (type) script.type = type;
  script.dataset.einlass = ACTIVE;
  const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
  if (src === null) {
    script.text = blocked.text;
    blocked.replaceWith(script);
    return Promise.resolve();
  }
  // Inserted scripts are async by default; without `async` on the original, keep document order.
  script.async = blocked.hasAttribute('async');
  const done = script.async
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        script.addEventListener('load', () => { resolve(); }, { once: true });
        script.addEventListener('error', () => { resolve(); }, { once: true });
      });
  script.src = src;
  blocked.replaceWith(script);
  return done;
}

/**
 * Runs blocked scripts one after another, each exactly once, so an inline script that uses an
 * external library runs after the library has loaded (or failed to).
 */
export function createScriptQueue(onRun: (script: HTMLScriptElement) => void): (scripts: HTMLScriptElement[]) => Promise<void> {
  const started = new WeakSet<Element>();
  let queue = Promise.resolve();
  return (scripts) => {
    for (const script of scripts) {
      if (started.has(script)) continue;
      started.add(script);
      queue = queue.then(() => {
        if (!script.isConnected) return;
        onRun(script);
        return run(script);
      });
    }
    return queue;
  };
}
