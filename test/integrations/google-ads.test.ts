import { expect } from '@esm-bundle/chai';
import { googleAds } from '../../src/integrations/google-ads/index';
import { googleAnalytics } from '../../src/integrations/google-analytics/index';
import { browserCookies } from '../helpers/cookies';
import { commands, resetVendors, signals, start } from '../helpers/integrations';
import { requestsWhen, settle, thirdPartyRequests } from '../helpers/network';

describe('Google Ads conversion tracking', () => {
  beforeEach(resetVendors);
  afterEach(resetVendors);

  it('requests nothing before consent, and reports no conversion', async () => {
    const ads = googleAds({ id: 'AW-123456789' });
    start([ads]);
    expect(ads.conversion('AbC-D_efG', { value: 49.9, currency: 'EUR' })).to.equal(false);
    await settle();
    expect(commands().map((c) => c.slice(0, 2))).to.deep.equal([['consent', 'default'], ['set', 'ads_data_redaction']]);
    expect(await thirdPartyRequests()).to.deep.equal([]);
  });

  it('grants ad_storage and ad_user_data with marketing, but not ad_personalization, and reports conversions', async () => {
    const ads = googleAds({ id: 'AW-123456789' });
    start([ads]).save({ categories: { marketing: true } });
    expect(ads.conversion('AbC-D_efG', { value: 49.9, currency: 'EUR', transaction_id: 'order-1043' })).to.equal(true);
    await settle();
    expect(commands().slice(2)).to.deep.equal([
      ['consent', 'update', signals('ad_storage', 'ad_user_data')],
      ['js', '<Date>'],
      ['config', 'AW-123456789', { allow_ad_personalization_signals: false }],
      ['event', 'conversion', { send_to: 'AW-123456789/AbC-D_efG', value: 49.9, currency: 'EUR', transaction_id: 'order-1043' }],
    ]);
    expect((await thirdPartyRequests()).map((r) => r.url)).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=AW-123456789']);
  });

  it('offers remarketing as a service of its own: conversions allowed with remarketing refused, then remarketing too', async () => {
    const einlass = start([googleAds({ id: 'AW-123456789', remarketing: true })]);
    expect(einlass.config.services.map((s) => [s.name, s.category])).to.deep.equal([['google-ads', 'marketing'], ['google-ads-remarketing', 'marketing']]);
    einlass.save({ services: { 'google-ads': true, 'google-ads-remarketing': false } });
    expect(commands().slice(2)).to.deep.equal([
      ['consent', 'update', signals('ad_storage', 'ad_user_data')],
      ['js', '<Date>'],
      ['config', 'AW-123456789', {}],
    ]);
    einlass.save({ services: { 'google-ads-remarketing': true } });
    expect(commands().slice(5)).to.deep.equal([
      ['consent', 'update', signals('ad_storage', 'ad_user_data', 'ad_personalization')],
      ['set', 'allow_ad_personalization_signals', true],
    ]);
    // Its gtag.js request is logged before the next test starts counting.
    await requestsWhen((r) => r.length > 0);
  });

  it('shares gtag.js with Google Analytics: requested once for both', async () => {
    start([googleAnalytics({ id: 'G-TEST1234' }), googleAds({ id: 'AW-123456789' })]).acceptAll();
    await requestsWhen((r) => r.length > 0);
    await settle();
    const gtag = (await thirdPartyRequests()).filter((r) => r.url.includes('googletagmanager.com'));
    expect(gtag.map((r) => r.url)).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=G-TEST1234']);
    expect(commands().filter((c) => c[0] === 'consent' && c[1] === 'default')).to.have.length(1);
    expect(commands().filter((c) => c[0] === 'config').map((c) => c[1])).to.deep.equal(['G-TEST1234', 'AW-123456789']);
  });

  it('denies the ad signals again on withdrawal, stops conversions and deletes the _gcl_ cookies', async () => {
    const ads = googleAds({ id: 'AW-123456789' });
    const einlass = start([ads]);
    einlass.acceptAll();
    document.cookie = '_gcl_au=1.1.1700000000; path=/; domain=.einlass.test';
    document.cookie = '_gcl_aw=GCL.1700000000.abc; path=/';
    einlass.rejectAll();
    expect(commands().at(-1)).to.deep.equal(['consent', 'update', signals()]);
    expect(ads.conversion('AbC-D_efG')).to.equal(false);
    expect(commands().some((c) => c[0] === 'event')).to.equal(false);
    expect((await browserCookies()).map((c) => c.name)).to.deep.equal(['einlass']);
  });
});
