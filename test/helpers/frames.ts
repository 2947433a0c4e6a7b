import type { ScriptTagEinlass } from '../../src/types';
import { clearCookies } from './cookies';
import { clearRequests } from './network';

/** The parts of a framed page's window that tests look at. */
export interface FrameWindow extends Window {
  Einlass?: ScriptTagEinlass;
  errors?: string[];
  pageScriptRan?: boolean;
}

/** Loads a fixture page in an iframe, as a second tab of the same site would be; `size` sets its viewport, as a phone's screen. */
export async function openFrame(src: string, size?: { readonly width: number; readonly height: number }): Promise<{ win: FrameWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  if (size) Object.assign(frame.style, { width: `${String(size.width)}px`, height: `${String(size.height)}px`, border: '0' });
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as FrameWindow;
  // The loader publishes window.Einlass once it applied a decision or its interface part started,
  // which may be after the load event; a page whose einlass fails reports an error instead.
  await until(() => win.Einlass !== undefined || (win.errors?.length ?? 0) > 0, 3000).catch(() => undefined);
  return { win, frame };
}

/** Resolves with the next `type` event on `target` (or rejects after `ms`). */
export function nextEvent(target: EventTarget, type: string, ms = 2000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error(`no ${type} event within ${String(ms)} ms`)); }, ms);
    target.addEventListener(type, (event) => { clearTimeout(timer); resolve(event); }, { once: true });
  });
}

/** Waits until `check` holds, for things another document does asynchronously. */
export async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${String(ms)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** What else a suite that uses `useFixtureFrames` tidies up after each test. */
export interface FixtureFrameOptions {
  /** Runs after each test, before the frames are removed and the cookies cleared: say, to destroy what the test started. */
  cleanup?: () => void;
}

/**
 * For tests that load fixture pages: a clean cookie jar and request log before each,
 * no frames (nor cookies) left after; `cleanup` runs first in that after-each hook.
 */
export function useFixtureFrames(options: FixtureFrameOptions = {}): void {
  beforeEach(async () => {
    clearCookies();
    await clearRequests();
  });
  afterEach(() => {
    options.cleanup?.();
    document.querySelectorAll('iframe').forEach((f) => { f.remove(); });
    clearCookies();
  });
}
