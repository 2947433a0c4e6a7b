/**
 * The script-tag embed part (`dist/einlass-embed.js`): placeholders for blocked embeds, in plain DOM
 * with only their own texts. The loader fetches it instead of the interface part when a visitor who
 * has decided comes to a page with a refused embed, so that page needs no Preact.
 */
import base from '../themes/base.css?text';
import dark from '../themes/dark.css?text';
import light from '../themes/light.css?text';
import { createTranslator } from './core/i18n';
import type { Einlass } from './create';
import { mountPlaceholders } from './dom/placeholders';
import { createShadows } from './dom/shadow';
import { placeholderDe } from './locales/placeholder-de';
import { placeholderEn } from './locales/placeholder-en';

function mount(einlass: Einlass): void {
  const tr = createTranslator({ en: placeholderEn, de: placeholderDe }, einlass.config.texts, einlass.config.language ?? document.documentElement.lang);
  mountPlaceholders(einlass, tr, createShadows(einlass.config.theme, base + light + dark).dress);
}

if (window.Einlass) mount(window.Einlass);
else document.addEventListener('einlass:ready', (event) => { mount((event as CustomEvent<Einlass>).detail); }, { once: true });
