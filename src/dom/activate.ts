import { ACTIVE } from './gated';

const ADDRESS_ATTRIBUTES = ['src', 'srcset', 'sizes', 'poster', 'href', 'data'];

/** Lets a blocked iframe, image, stylesheet, preconnect, video, audio or source load. */
export function activateElement(element: Element): void {
  for (const name of ADDRESS_ATTRIBUTES) {
    const value = element.getAttribute(`data-${name}`);
    if (value !== null) element.setAttribute(name, value);
  }
  (element as HTMLElement).dataset.einlass = ACTIVE;
  // A <source> only counts once its media element reloads.
  if (element instanceof HTMLSourceElement && element.parentElement instanceof HTMLMediaElement) element.parentElement.load();
}
