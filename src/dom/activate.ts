import { ACTIVE } from './gated';

const ADDRESS_ATTRIBUTES = ['src', 'srcset', 'sizes', 'poster', 'href', 'data'];

/**
 * "Load once" for one blocked embed. A script is left to the gate: run on its own it could come
 * before the scripts it depends on.
 */
export function loadOnce(element: Element): void {
  if (!(element instanceof HTMLScriptElement)) activateElement(element);
}

/** Lets a blocked iframe, image, stylesheet, preconnect, video, audio or source load, or load the new address it was given since. */
export function activateElement(element: Element): void {
  for (const name of ADDRESS_ATTRIBUTES) {
    const value = element.getAttribute(`data-${name}`);
    // Setting an iframe's src again, even to the same address, reloads it.
    if (value !== null && element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  (element as HTMLElement).dataset.einlass = ACTIVE;
  // A <source> only counts once its media element reloads.
  if (element instanceof HTMLSourceElement && element.parentElement instanceof HTMLMediaElement) element.parentElement.load();
}
