/**
 * Puts the interface's host element into the body: now, or, while the HTML is still arriving (a
 * `<script type="module" async>` in `<head>` can run before the parser reaches `<body>`), as soon
 * as the body exists. Returns the function that cancels a wait.
 */
export function intoBody(host: HTMLElement, first: boolean): () => void {
  // The DOM's types promise a body; a document still in its <head> has none.
  const body = (): HTMLElement | null => document.body;
  const put = (body: HTMLElement) => {
    if (first) body.prepend(host);
    else body.append(host);
  };
  const now = body();
  if (now) {
    put(now);
    return () => undefined;
  }
  const watch = new MutationObserver(() => {
    const arrived = body();
    if (!arrived) return;
    watch.disconnect();
    put(arrived);
  });
  watch.observe(document.documentElement, { childList: true });
  return () => { watch.disconnect(); };
}
