import { factory } from '../define';
import type { Integration } from '../integration';
import { about } from './about';
import { googleTagManagerIntegration } from './runtime';
import type { GoogleTagManagerOptions } from './runtime';

export type { GoogleTagManagerOptions };

/**
 * Google Tag Manager: the container loads only after its service is granted, with Consent Mode v2's
 * defaults (and a stored decision's update) already in the dataLayer, and an `einlass_consent_update`
 * event on every decision. Its category is marketing unless the config's service entry names another.
 * @example createConsent(config, { integrations: [googleTagManager({ id: 'GTM-XXXXXXX' })] })
 */
export const googleTagManager: (options: GoogleTagManagerOptions) => Integration = factory(googleTagManagerIntegration, about);
