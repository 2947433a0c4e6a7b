/**
 * The script-tag interface part (`dist/einlass-ui.js`): deciding (the actions, the cookie writer,
 * withdrawal, proofs) and the interface. The loader imports it when there is something to decide
 * or to show, and it decides on what the loader applied, so nothing is read or set up twice.
 */
import type { Applied } from '../apply';
import { consentCookie } from '../dom/consent-cookie';
import { decide } from '../decide';
import type { Einlass, ResolvedConfig } from '../types';
import { mountUI } from '../ui/mount';

/**
 * Starts deciding on the config with its integrations' descriptions, and shows the interface
 * (`placeholders` is false when the embed part already shows them). `announced` is the last record
 * another tab announced to the loader.
 */
export function start(applied: Applied, config: ResolvedConfig, placeholders: boolean, announced: string | undefined): Einlass {
  const einlass = decide({ ...applied, config }, { storage: consentCookie(config, Date.now), now: Date.now, announced });
  // The loader shows the floating button itself, on every page view.
  mountUI(einlass, { placeholders, reopenButton: false });
  return einlass;
}
