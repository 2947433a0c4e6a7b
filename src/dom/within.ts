/**
 * The elements matching `selector` in `root`, `root` itself included, in document order. A
 * MutationObserver reports an added subtree by its top node, which may be the node wanted.
 */
export function within<T extends Element = Element>(root: ParentNode | Element, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root as T);
  return found;
}
