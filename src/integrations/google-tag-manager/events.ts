import { dataLayerOf } from '../gtag';
import type { IntegrationContext } from '../integration';
import type { Grants } from '../../types';

/** Cookiebot's category events, by the einlass category that stands for each. */
const COOKIEBOT: readonly (readonly [string, string])[] = [['preferences', 'cookie_consent_preferences'], ['analytics', 'cookie_consent_statistics'], ['marketing', 'cookie_consent_marketing']];

/**
 * Tells the container's triggers what the visitor allows: `einlass_consent_update` with the granted
 * categories and services on every decision and change, and, with `consentMode.cookiebotEvents`,
 * the events Cookiebot pushes, so a container built for it keeps working.
 */
export function pushConsentEvents(context: IntegrationContext, grants: Grants): void {
  const dataLayer = dataLayerOf(context);
  const on = (names: Readonly<Record<string, boolean>>) => Object.keys(names).filter((name) => names[name]);
  dataLayer.push({ event: 'einlass_consent_update', einlass: { categories: on(grants.categories), services: on(grants.services) } });
  if (!context.config.consentMode.cookiebotEvents) return;
  dataLayer.push({ event: 'cookie_consent_update' });
  for (const [category, event] of COOKIEBOT) if (grants.categories[category]) dataLayer.push({ event });
}
