import type { ResolvedConfig, Selection } from '../types';
import type { I18n } from './i18n';
import { EMBEDS } from './embeds';
import { createPlaceholder } from './placeholder';
import { within } from '../dom/within';

/** A poster only from this site: one from the provider (i.ytimg.com) would send the IP address before consent. */
function localPoster(frame: HTMLIFrameElement): string | undefined {
  const poster = frame.getAttribute('data-poster');
  if (!poster) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(poster, document.baseURI);
  } catch {
    // An address no browser can read (`http://[`): no poster, and the rest of the interface goes on.
  }
  if (url?.origin === location.origin) return url.href;
  console.warn(`einlass: data-poster="${poster}" is ${url ? 'not on this site' : 'no address'}, so it is not shown: copy the image to your own server.`);
  return undefined;
}

/** What placeholders need of a consent manager (the script tag's embed part has no more). */
export interface PlaceholderHost {
  readonly config: ResolvedConfig;
  readonly activate: (element: Element) => void;
  readonly save: (selection: Selection) => unknown;
}

/**
 * Puts a placeholder before every blocked embed, hiding the empty frame, and takes it away once the
 * embed loads (by consent or "load once"); a withdrawal that blocks the embed again brings it back.
 */
export function mountPlaceholders(einlass: PlaceholderHost, tr: I18n, dress: (host: HTMLElement) => ShadowRoot): () => void {
  const shown = new Map<HTMLIFrameElement, HTMLElement>();
  const { categories, services } = einlass.config;

  const add = (frame: HTMLIFrameElement) => {
    const service = services.find((s) => s.name === frame.getAttribute('data-service'));
    const category = categories.find((c) => c.name === (service?.category ?? frame.getAttribute('data-category')));
    const host = document.createElement('einlass-placeholder');
    const width = frame.getAttribute('width');
    const height = frame.getAttribute('height');
    // The shadow root resets every property of its host; custom properties pass, so the size goes that way.
    if (width) host.style.setProperty('--einlass-embed-width', `${width}px`);
    if (width && height) host.style.setProperty('--einlass-embed-ratio', `${width} / ${height}`);
    frame.style.setProperty('display', 'none', 'important');
    frame.before(host);
    shown.set(frame, host);
    dress(host).replaceChildren(
      createPlaceholder({
        service,
        category,
        tr,
        poster: localPoster(frame),
        onLoadOnce: () => {
          // A click on the placeholder is a click on the embed: `data-einlass-play` (YouTube's autoplay=1) makes it play at once.
          const play = frame.dataset.einlassPlay;
          const src = frame.dataset.src;
          if (play && src) frame.dataset.src = `${src}${src.includes('?') ? '&' : '?'}${play}`;
          einlass.activate(frame);
        },
        onAlwaysAllow: () => {
          einlass.save(service ? { services: { [service.name]: true } } : { categories: { [category?.name ?? '']: true } });
        },
      }),
    );
  };

  const remove = (frame: HTMLIFrameElement, host: HTMLElement) => {
    host.remove();
    frame.style.removeProperty('display');
    shown.delete(frame);
  };

  const sync = () => {
    for (const [frame, host] of shown) if (!frame.isConnected || frame.hasAttribute('src')) remove(frame, host);
    for (const frame of within<HTMLIFrameElement>(document, EMBEDS)) {
      if (!frame.hasAttribute('src') && !shown.has(frame)) add(frame);
    }
  };
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      sync();
    });
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  sync();
  return () => {
    observer.disconnect();
    for (const [frame, host] of shown) remove(frame, host);
  };
}
