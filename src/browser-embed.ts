/**
 * The script-tag embed part (`dist/einlass-embed.js`): placeholders for blocked embeds, in plain DOM
 * with only their own texts. The loader fetches it instead of the interface part when a visitor who
 * has decided comes to a page with a refused embed, so that page needs no Preact.
 */
import base from '../themes/base.css?text';
import dark from '../themes/dark.css?text';
import light from '../themes/light.css?text';
import { resolveConfig } from './core/config';
import { createTranslator } from './core/i18n';
import { mountPlaceholders } from './dom/placeholders';
import { createShadows } from './dom/shadow';
import { integrationsFromJson } from './integrations/from-json';
import { withIntegrations } from './integrations/merge';
import type { Running } from './integrations/runtime/from-json';
import { placeholderDe } from './locales/placeholder-de';
import { placeholderEn } from './locales/placeholder-en';
import type { ScriptTagEinlass } from './script-tag';

/** Shows the placeholders, described from the whole config (which the loader does not read). */
export function mount(einlass: ScriptTagEinlass, json: Readonly<Record<string, unknown>>, running: readonly Running[]): void {
  const { integrations, ...input } = json;
  const config = resolveConfig(withIntegrations(input, integrationsFromJson(integrations, running)));
  const tr = createTranslator({ en: placeholderEn, de: placeholderDe }, config.texts, config.language ?? document.documentElement.lang);
  mountPlaceholders({ ...einlass, config }, tr, createShadows(config.theme, base + light + dark).dress);
}
