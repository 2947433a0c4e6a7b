import type { ReadableAtom } from 'nanostores';
import type { Grants } from '../types';
import { ACTIVE, allows, gateOf } from './gated';
import { within } from './within';

/** What withdrawal needs of the config: whether to reload. */
export interface WithdrawalConfig {
  readonly reloadOnWithdraw: boolean;
}

/**
 * Blocks a node again. An iframe is replaced by a blank copy, which unloads the embedded page
 * (removing `src` alone leaves it running); a stylesheet loses its `href`. Anything else has
 * already loaded and stays as it is.
 */
function blockAgain(element: Element): void {
  if (element instanceof HTMLIFrameElement) {
    const copy = element.cloneNode(true) as HTMLIFrameElement;
    copy.removeAttribute('src');
    delete copy.dataset.einlass;
    element.replaceWith(copy);
  } else if (element instanceof HTMLLinkElement) {
    element.removeAttribute('href');
    delete element.dataset.einlass;
  }
}

/**
 * On withdrawal, blocks the withdrawn services' embeds again and, since a running script cannot be
 * unloaded, reloads the page once when one of theirs had run (their cookies go on every page view:
 * `keepRefusedCookiesOut`). Only a decision withdraws, so this lives with the actions: the
 * script-tag loader, which only applies, carries none of it. Returns the function that stops following.
 */
export function followWithdrawals($grants: ReadableAtom<Grants>, config: WithdrawalConfig): () => void {
  return $grants.listen((grants) => {
    let ranWithdrawn = false;
    // An activated script's live copy keeps its data-service or data-category, so it tells what ran.
    for (const element of within(document, `[data-einlass="${ACTIVE}"]`)) {
      const gate = gateOf(element);
      if (!gate || allows(grants, gate)) continue;
      if (element instanceof HTMLScriptElement) ranWithdrawn = true;
      else blockAgain(element);
    }
    if (ranWithdrawn && config.reloadOnWithdraw) location.reload();
  });
}
