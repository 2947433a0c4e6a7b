/**
 * The script-tag interface part (`dist/einlass-ui.js`): the validator, the actions and the interface.
 * The loader imports it only when there is something to decide or to show, and it takes over the
 * stores and the page the loader already runs, so nothing is set up twice.
 */
import { startConsent, type Einlass, type Started } from './create';
import { integrationsFromJson } from './integrations/from-json';
import type { Running } from './integrations/runtime/from-json';
import { mountUI } from './ui/mount';

/** What the loader hands over. */
export interface Handover {
  readonly running: readonly Running[];
  /** Absent when the loader could not read the config: the part then starts on its own. */
  readonly started: Started | undefined;
  readonly nonce: string | undefined;
  /** False when the embed part already shows the placeholders. */
  readonly placeholders: boolean;
}

/** Validates the config (throwing a `ConfigError` that names each field), starts consent and shows the interface. */
export function start(json: Readonly<Record<string, unknown>>, handover: Handover): Einlass {
  const { integrations, ...config } = json;
  const einlass = startConsent(config, { integrations: integrationsFromJson(integrations, handover.running), nonce: handover.nonce }, handover.started);
  mountUI(einlass, { placeholders: handover.placeholders });
  return einlass;
}
