import { within } from '../../dom/within';
import { MEDIA } from '../categories';
import type { IntegrationDefinition, IntegrationRuntime } from '../integration';

const EMBED = /^https?:\/\/(?:www\.)?(?:youtube\.com|youtube-nocookie\.com)\/embed\/([\w-]{6,20})(\?[^#]*)?$/;
const CANDIDATES = 'iframe[data-src*="youtube"]:not([data-service]):not([data-category]),[data-einlass-youtube]';

/** The privacy-enhanced address of a video: youtube-nocookie.com sets no cookies until playback. */
function nocookie(id: string, query = ''): string {
  return `https://www.youtube-nocookie.com/embed/${id}${query}`;
}

// "Load once" is a click on the video: it plays at once, instead of asking for a second click.
const PLAY = 'autoplay=1';

/** Turns marked YouTube embeds into blocked iframes of the youtube service, which then show the placeholder. */
function gateVideos(root: ParentNode | Element): void {
  for (const element of within<HTMLElement>(root, CANDIDATES)) {
    const id = element.dataset.einlassYoutube;
    if (element instanceof HTMLIFrameElement) {
      const match = EMBED.exec(element.dataset.src ?? '');
      if (!match?.[1]) continue;
      element.dataset.src = nocookie(match[1], match[2]);
      element.dataset.service = 'youtube';
      element.dataset.einlassPlay = PLAY;
      if (!/\bautoplay\b/.test(element.allow)) element.allow = [element.allow, 'autoplay'].filter(Boolean).join('; ');
    } else if (id && /^[\w-]{6,20}$/.test(id)) {
      const frame = document.createElement('iframe');
      frame.title = element.dataset.title ?? (element.textContent.trim() || 'YouTube');
      for (const name of ['width', 'height', 'class', 'id', 'data-poster']) {
        const value = element.getAttribute(name);
        if (value !== null) frame.setAttribute(name, value);
      }
      frame.allow = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture';
      frame.allowFullscreen = true;
      frame.dataset.service = 'youtube';
      frame.dataset.src = nocookie(id);
      frame.dataset.einlassPlay = PLAY;
      element.replaceWith(frame);
    }
  }
}

/**
 * YouTube videos behind a two-click placeholder: `<iframe data-src="https://www.youtube.com/embed/ID">`
 * or `<div data-einlass-youtube="ID">` becomes a blocked youtube-nocookie.com frame. Nothing is asked
 * of any YouTube or ytimg host before the visitor clicks; a local poster image may be given with `data-poster`.
 */
function runYoutube(): IntegrationRuntime {
  return {
    name: 'youtube',
    setup: () => {
      gateVideos(document);
      // Pages add videos later too (single-page apps, content loaded on demand).
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) gateVideos(node);
      }).observe(document.documentElement, { childList: true, subtree: true });
    },
    grant: () => undefined,
  };
}

/** YouTube in the registry: it has no options to check. */
export const youtubeIntegration: IntegrationDefinition<undefined> = {
  key: 'youtube',
  options: [],
  check: () => [],
  category: MEDIA,
  // Set on youtube-nocookie.com at playback, out of any page's reach: declared, so the visitor knows it exists.
  cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: { message: 'durationMonths', count: 6 }, description: { message: 'youtubeCookie' } }],
  run: runYoutube,
  about: () => import('./about').then((m) => m.about()),
};
