import type { Grants } from '../types';
import { within } from './within';

/** Which consent a blocked node waits for: a service when it names one, else its category. */
export interface Gate {
  readonly kind: 'service' | 'category';
  readonly name: string;
}

/**
 * Nodes einlass holds back until consent. Their addresses sit in `data-src`, `data-srcset`,
 * `data-href` or `data-poster`, and scripts carry `type="text/plain"`, so the browser fetches nothing.
 */
export const GATED_SELECTOR = ['script[type="text/plain"]', 'iframe', 'img', 'link', 'video', 'audio', 'source', 'embed', 'object']
  .flatMap((tag) => [`${tag}[data-category]`, `${tag}[data-service]`])
  .join(',');

/** Marks a node einlass has activated. */
export const ACTIVE = 'active';

export function gateOf(element: Element): Gate | undefined {
  const service = element.getAttribute('data-service');
  if (service) return { kind: 'service', name: service };
  const category = element.getAttribute('data-category');
  return category ? { kind: 'category', name: category } : undefined;
}

/** Gated nodes in `root` (itself included) that are still blocked, in document order. */
export function blockedIn(root: ParentNode | Element): Element[] {
  return within(root, GATED_SELECTOR).filter((el) => (el as HTMLElement).dataset.einlass !== ACTIVE);
}

/** Whether the grants let a gated node in. */
export function allows(grants: Grants, gate: Gate): boolean {
  return (gate.kind === 'service' ? grants.services : grants.categories)[gate.name] === true;
}
