import { MARKETING } from '../categories';
import { gtagQueue, updateSignals } from '../gtag';
import type { IntegrationDefinition, IntegrationRuntime } from '../integration';

/**
 * Remarketing with Google Ads, a service of its own beside conversion measurement, so a visitor can
 * allow one and refuse the other: its consent grants `ad_personalization`. Google Ads' tag, which
 * conversion measurement loads, does the rest; remarketing without it sends nothing.
 */
function runRemarketing(): IntegrationRuntime {
  return {
    name: 'google-ads-remarketing',
    setup: (context) => {
      gtagQueue(context);
    },
    update: updateSignals,
    grant: (context) => {
      gtagQueue(context)('set', 'allow_ad_personalization_signals', true);
    },
    revoke: (context) => {
      gtagQueue(context)('set', 'allow_ad_personalization_signals', false);
    },
  };
}

/** Google Ads remarketing: started by `googleAds` with `remarketing: true`, never named on its own. */
export const googleAdsRemarketingIntegration: IntegrationDefinition<{ readonly id: string }> = {
  key: 'googleAds',
  options: ['id', 'remarketing'],
  check: () => [],
  category: MARKETING,
  // On doubleclick.net, out of any page's reach: declared, so the visitor knows it exists.
  cookies: [{ name: 'IDE', domain: '.doubleclick.net', duration: { message: 'durationMonths', count: 13 }, description: { message: 'googleRemarketingCookie' } }],
  run: runRemarketing,
  about: () => import('./about').then((m) => m.aboutRemarketing()),
};
