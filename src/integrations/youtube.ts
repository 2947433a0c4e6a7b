import { aboutYoutube } from './about/youtube';
import type { Integration } from './integration';
import { runYoutube } from './runtime/youtube';

/**
 * YouTube videos behind a two-click placeholder: `<iframe data-src="https://www.youtube.com/embed/ID">`
 * or `<div data-einlass-youtube="ID">` becomes a blocked youtube-nocookie.com frame.
 * @example createConsent(config, { integrations: [youtube()] })
 */
export function youtube(): Integration {
  return { ...aboutYoutube(), ...runYoutube() };
}
