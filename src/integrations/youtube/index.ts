import { factory } from '../define';
import type { Integration } from '../integration';
import { about } from './about';
import { youtubeIntegration } from './runtime';

const make = factory(youtubeIntegration, about);

/**
 * YouTube videos behind a two-click placeholder: `<iframe data-src="https://www.youtube.com/embed/ID">`
 * or `<div data-einlass-youtube="ID">` becomes a blocked youtube-nocookie.com frame.
 * @example createConsent(config, { integrations: [youtube()] })
 */
export function youtube(): Integration {
  return make(undefined);
}
