import type { ReadableAtom } from 'nanostores';
import type { Grants, ResolvedCookie } from '../types';
import { deleteCookies } from './cookies';
import { ACTIVE, allows, gateOf } from './gated';

/** What withdrawal needs of the config: each service's cookies, and whether to reload. */
export interface WithdrawalConfig {
  readonly services: readonly { readonly name: string; readonly cookies?: readonly ResolvedCookie[] }[];
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

/** Deletes the cookies of every service not granted, whatever was granted before, except those that record the refusal. */
function deleteRefused(grants: Grants, config: WithdrawalConfig): void {
  const refused = config.services.filter((s) => grants.services[s.name] !== true);
  deleteCookies(refused.flatMap((s) => (s.cookies ?? []).filter((c) => !c.keptOnRefusal)));
}

/**
 * Deletes the cookies of the services not granted, now and after every change: a refusal after a
 * revision bump or an expired decision leaves none of an earlier acceptance behind. On withdrawal
 * it also blocks the withdrawn services' embeds again and, since a running script cannot be
 * unloaded, reloads the page once when one of theirs had run. Only a decision withdraws, so this
 * lives with the actions: the script-tag loader, which only applies, carries none of it. Returns
 * the function that stops following.
 */
export function followWithdrawals($grants: ReadableAtom<Grants>, config: WithdrawalConfig): () => void {
  deleteRefused($grants.get(), config);
  return $grants.listen((grants) => {
    deleteRefused(grants, config);
    let ranWithdrawn = false;
    // An activated script's live copy keeps its data-service or data-category, so it tells what ran.
    for (const element of document.querySelectorAll(`[data-einlass="${ACTIVE}"]`)) {
      const gate = gateOf(element);
      if (!gate || allows(grants, gate)) continue;
      if (element instanceof HTMLScriptElement) ranWithdrawn = true;
      else blockAgain(element);
    }
    if (ranWithdrawn && config.reloadOnWithdraw) location.reload();
  });
}
