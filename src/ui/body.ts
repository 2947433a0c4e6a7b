/**
 * Puts the interface's host element into the body: now, or, while the HTML is still arriving (a
 * `<script type="module" async>` in `<head>` can run before the parser reaches `<body>`), as soon
 * as the body exists; then `placed` runs. Returns the function that cancels a wait.
 */
export function intoBody(host: HTMLElement, first: boolean, placed: () => void = () => undefined): () => void {
  // The DOM's types promise a body; a document still in its <head> has none.
  const body = (): HTMLElement | null => document.body;
  const put = (body: HTMLElement) => {
    if (first) body.prepend(host);
    else body.append(host);
    placed();
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

/**
 * Lifts an element into the browser's top layer, above anything a page can stack with z-index (a
 * chat widget's or a promotion's transparent layer at the highest z-index would take its clicks).
 * Where the popover API is missing, it stays fixed at einlass's own z-index.
 */
export function intoTopLayer(element: HTMLElement): void {
  // A popover that is not shown is hidden: only one that can be shown at once becomes one.
  if (typeof element.showPopover !== 'function' || !element.isConnected) return;
  element.setAttribute('popover', 'manual');
  element.showPopover();
}
