// Finding elements in tests: a missing element throws, naming what was looked for and where, instead of
// `?.click()` quietly doing nothing and the test going on to assert on a page nobody touched.
// Nothing here uses `instanceof`, so it works as well on the documents of fixture frames.

/** Something to look in: a document, an element or a shadow root; nothing when the caller's own lookup found nothing. */
export type Where = ParentNode | null | undefined;

/** How an error message names `root`. */
function nameOf(root: ParentNode): string {
  if (root.nodeType === Node.DOCUMENT_NODE) return `the document ${(root as Document).URL}`;
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) return `the shadow root of <${(root as ShadowRoot).host.localName}>`;
  return `<${(root as Element).localName || root.nodeName}>`;
}

/**
 * The first element under `root` that matches `selector`. Throws when there is none, or no `root` at all;
 * `where` names `root` in that message when the caller knows it better (say, "the banner").
 */
export function find(root: Where, selector: string, where?: string): HTMLElement {
  if (!root) throw new Error(`cannot look for "${selector}": ${where ?? 'the element to look in'} is missing`);
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches "${selector}" in ${where ?? nameOf(root)}`);
  return element;
}

/** Clicks the first element under `root` that matches `selector`; throws, as `find` does, when it is missing. */
export function click(root: Where, selector: string, where?: string): void {
  find(root, selector, where).click();
}

/** The open shadow root of the first element under `root` that matches `hostSelector`; throws when the host or its shadow root is missing. */
export function shadowOf(root: Where, hostSelector: string, where?: string): ShadowRoot {
  const host = find(root, hostSelector, where);
  if (!host.shadowRoot) throw new Error(`"${hostSelector}" has no open shadow root`);
  return host.shadowRoot;
}
