/**
 * The script-tag interface part (`dist/einlass-ui.js`): fetched by the loader only when the banner
 * must show, the settings open or a blocked embed needs its placeholder, so repeat visitors never download it.
 */
import type { Einlass } from './create';
import { mountUI } from './ui/mount';

if (window.Einlass) {
  mountUI(window.Einlass);
} else {
  document.addEventListener('einlass:ready', (event) => mountUI((event as CustomEvent<Einlass>).detail), { once: true });
}
