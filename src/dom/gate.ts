import { activateElement } from './activate';
import { ACTIVE, blockedIn, gateOf, type Gate } from './gated';
import { createScriptQueue } from './scripts';
import { watchTree } from './within';

/** What the gate asks of the consent state. */
export interface GateOptions {
  readonly isAllowed: (gate: Gate) => boolean;
  /** The page's CSP nonce, for activated scripts that carry none. */
  readonly nonce?: string | undefined;
}

/** The page gate: lets in what is allowed. Taking it back again is `followWithdrawals`'s work. */
export interface PageGate {
  /** Activates every blocked node that is allowed now. */
  readonly apply: () => void;
  readonly stop: () => void;
}

/**
 * Starts gating a document: blocked nodes present now and inserted later (single-page apps, content
 * loaded later) are activated once allowed. Scripts run once the document is parsed, in document order.
 */
export function startGate(doc: Document, options: GateOptions): PageGate {
  const runScripts = createScriptQueue(options.nonce);

  const apply = (root: ParentNode | Element = doc) => {
    // A full pass also picks up shadow roots attached since their hosts joined the page.
    if (root === doc) tree.include(doc);
    const scripts: HTMLScriptElement[] = [];
    for (const element of blockedIn(root)) {
      const gate = gateOf(element);
      if (!gate || !options.isAllowed(gate)) continue;
      if (element instanceof HTMLScriptElement) scripts.push(element);
      else activateElement(element);
    }
    // While the parser is still writing a script's text, it must not run yet; a full pass follows on DOMContentLoaded.
    if (scripts.length > 0 && doc.readyState !== 'loading') runScripts(scripts);
  };

  // What is still blocked reads its data-src when let in; what was let in follows it while allowed.
  // A script has run by then and cannot be swapped for another.
  const onNewSource = (element: Element) => {
    const gate = gateOf(element);
    if (gate && options.isAllowed(gate) && (element as HTMLElement).dataset.einlass === ACTIVE && !(element instanceof HTMLScriptElement)) activateElement(element);
  };
  const onParsed = () => {
    apply();
  };
  // apply only runs once this is set: on mutations, DOMContentLoaded and grant changes.
  const tree = watchTree(doc, apply, onNewSource);
  doc.addEventListener('DOMContentLoaded', onParsed, { once: true });

  return {
    apply,
    stop: () => {
      tree.stop();
      doc.removeEventListener('DOMContentLoaded', onParsed);
    },
  };
}
