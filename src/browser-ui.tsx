/**
 * The script-tag interface part (`dist/einlass-ui.js`): fetched by the loader only when the banner
 * must show, the settings open or a declaration is on the page, so repeat visitors never download it.
 */
import type { Einlass } from './create';
import { mountUI } from './ui/mount';

// The loader marks this script when its embed part already shows the placeholders.
const placeholders = document.currentScript?.dataset.placeholders !== 'off';

if (window.Einlass) {
  mountUI(window.Einlass, { placeholders });
} else {
  document.addEventListener('einlass:ready', (event) => mountUI((event as CustomEvent<Einlass>).detail, { placeholders }), { once: true });
}
