/**
 * The elements matching `selector` in `root`, `root` itself included, in document order, then those
 * inside open shadow roots (a web component's embed is gated like any other). A MutationObserver
 * reports an added subtree by its top node, which may be the node wanted.
 */
export function within<T extends Element = Element>(root: ParentNode | Element, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root as T);
  for (const shadow of openShadowRoots(root)) found.push(...shadow.querySelectorAll<T>(selector));
  return found;
}

/** The open shadow roots in `root` (its own included), nested ones too. Closed ones no script outside can see. */
function openShadowRoots(root: ParentNode | Element): ShadowRoot[] {
  const hosts = [...root.querySelectorAll('*')];
  if (root instanceof Element) hosts.unshift(root);
  return hosts.flatMap((host) => (host.shadowRoot ? [host.shadowRoot, ...openShadowRoots(host.shadowRoot)] : []));
}

/** A watch on a document: `include` adds the open shadow roots found in a subtree since, `stop` ends it. */
export interface TreeWatch {
  readonly include: (root: ParentNode) => void;
  readonly stop: () => void;
}

/**
 * Calls `onAdded` for every element added to `doc` later, also inside open shadow roots: each one
 * present at the start, inside an added subtree, or passed to `include` is observed too. A shadow
 * root attached after its host joined the page is seen only once something includes it again.
 * `onNewSource` hears of every element whose `data-src` changes (a framework rendering another
 * video into the same iframe); no other attribute is observed, so typing in a form or animating
 * styles costs nothing.
 */
export function watchTree(doc: Document, onAdded: (element: Element) => void, onNewSource?: (element: Element) => void): TreeWatch {
  const seen = new WeakSet<ShadowRoot>();
  const options = { childList: true, subtree: true, attributeFilter: ['data-src'] };
  const include = (root: ParentNode) => {
    for (const shadow of openShadowRoots(root)) {
      if (seen.has(shadow)) continue;
      seen.add(shadow);
      observer.observe(shadow, options);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element) onNewSource?.(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        include(node);
        onAdded(node);
      }
    }
  });
  observer.observe(doc.documentElement, options);
  include(doc);
  return { include, stop: () => { observer.disconnect(); } };
}
