/**
 * The script-tag embed part (`dist/einlass-embed.js`): placeholders for blocked embeds, in plain
 * DOM. The loader fetches it instead of the interface part when a visitor who has decided comes
 * to a page with a refused embed, so that page needs no Preact.
 */
import base from '../../themes/base.css?text';
import dark from '../../themes/dark.css?text';
import light from '../../themes/light.css?text';
import type { ResolvedConfig, ScriptTagEinlass } from '../types';
import { withI18n } from '../ui/i18n';
import { mountPlaceholders } from '../ui/placeholders';
import { createShadows } from '../ui/shadow';

/** Shows the placeholders, in the language the page shows. */
export function mount(einlass: ScriptTagEinlass, config: ResolvedConfig): void {
  withI18n(config, undefined, (i18n) => {
    mountPlaceholders({ ...einlass, config }, i18n, createShadows(config.theme, base + light + dark).dress);
  });
}
