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

/**
 * Blocks a node again after withdrawal. An iframe is replaced by a blank copy, which unloads the
 * embedded page (removing `src` alone leaves it running); a stylesheet loses its `href`.
 * Anything else has already loaded and stays as it is.
 */
export function blockAgain(element: Element): void {
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
