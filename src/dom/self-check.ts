import type { ResolvedConfig } from '../types';
import { GATED_SELECTOR, gateOf } from './gated';
import { watchTree, within } from './within';

/** Hosts that must never be reached before consent: trackers, embeds and font services. */
export const WATCHED_HOSTS = [
  'googletagmanager.com',
  'google-analytics.com',
  'googleadservices.com',
  'doubleclick.net',
  'youtube.com',
  'youtube-nocookie.com',
  'ytimg.com',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
];

const ACTIVE_NODES = 'script[src],iframe[src],link[href],img[src]';

function watchedHost(address: string, hosts: readonly string[]): string | undefined {
  let host: string;
  try {
    host = new URL(address, document.baseURI).hostname;
  } catch {
    return undefined;
  }
  return hosts.find((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * Warns once for each live script, iframe, stylesheet or image that loads from a watched host
 * without being gated: it reached the provider before the visitor was asked.
 */
export function createSelfCheck(hosts: readonly string[]): (root: ParentNode | Element) => void {
  const warned = new WeakSet<Element>();
  return (root) => {
    for (const node of within(root, ACTIVE_NODES)) {
      // Added or activated by einlass after consent. A data-category alone holds nothing back: the
      // live src or href (or a script type that runs) is what the browser fetches, so it is checked.
      if (warned.has(node) || node.hasAttribute('data-einlass')) continue;
      const script = node instanceof HTMLScriptElement;
      if (script && node.type === 'text/plain') continue;
      const attribute = node.hasAttribute('src') ? 'src' : 'href';
      const address = node.getAttribute(attribute) ?? '';
      const host = watchedHost(address, hosts);
      if (!host) continue;
      warned.add(node);
      const marked = node.hasAttribute('data-category') || node.hasAttribute('data-service');
      const steps = [`move the address to data-${attribute}`, ...(marked ? [] : ['add data-category (or data-service)']), ...(script ? ['set type="text/plain"'] : [])];
      console.warn(
        `einlass: <${node.localName} ${attribute}="${address}"> loads from ${host} without consent${marked ? ': its data-category or data-service alone holds nothing back' : ''}. Gate it: ${steps.join(', ')}.`,
        node,
      );
    }
  };
}

/** Warns once for each `data-category` or `data-service` name the config does not know: that node would never load. */
function createNameCheck(config: ResolvedConfig): (root: ParentNode | Element) => void {
  const known = { category: config.categories.map((c) => c.name), service: config.services.map((s) => s.name) };
  const warned = new Set<string>();
  return (root) => {
    for (const node of within(root, GATED_SELECTOR)) {
      const gate = gateOf(node);
      if (!gate || known[gate.kind].includes(gate.name) || warned.has(`${gate.kind}:${gate.name}`)) continue;
      warned.add(`${gate.kind}:${gate.name}`);
      console.warn(`einlass: data-${gate.kind}="${gate.name}" names no ${gate.kind} of the config (${known[gate.kind].join(', ')}); it stays blocked.`);
    }
  };
}

/**
 * Checks the config's categories once (a category without services stays: it may gate the page's
 * `data-category` elements, here or on other pages, and leaving it out would let "Accept all"
 * grant a purpose the visitor was never shown), and the page now and every node added later. The interface
 * runs it, so a site owner sees the warnings on a first visit, and repeat visitors' loader carries
 * none of this.
 */
export function watchLeaks(config: ResolvedConfig): () => void {
  for (const category of config.categories.filter((c) => !c.required && c.services.length === 0)) {
    console.warn(`einlass: the category "${category.name}" lists no service: the banner names it, but the visitor learns nothing of who receives data. List the services it gates, or remove it if nothing on the site has data-category="${category.name}".`);
  }
  const leaks = createSelfCheck([...WATCHED_HOSTS, ...config.services.flatMap((s) => s.hosts)]);
  const names = createNameCheck(config);
  const check = (root: ParentNode | Element) => {
    leaks(root);
    names(root);
  };
  const tree = watchTree(document, check);
  check(document);
  return tree.stop;
}
