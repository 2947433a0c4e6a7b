import { expect } from '@esm-bundle/chai';
import { createConsent } from '../../src/create';
import { memoryStorage } from '../../src/core/storage';
import { googleAds } from '../../src/integrations/google-ads/index';
import { googleAnalytics } from '../../src/integrations/google-analytics/index';
import { googleTagManager } from '../../src/integrations/google-tag-manager/index';
import type { Config } from '../../src/types';
import { browserCookies } from '../helpers/cookies';
import { dataLayer, resetVendors, signals, start } from '../helpers/integrations';
import { requestsWhen, settle, thirdPartyRequests } from '../helpers/network';

const GOOGLE = /googletagmanager\.com|google-analytics\.com|googleadservices\.com|doubleclick\.net/;
const googleRequests = async () => (await thirdPartyRequests()).filter((r) => GOOGLE.test(r.url)).map((r) => r.url);
const DEFAULTS = [['consent', 'default', { ...signals(), wait_for_update: 500 }], ['set', 'ads_data_redaction', true]];
const CONTAINER = 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST123';
const gtm = () => googleTagManager({ id: 'GTM-TEST123' });
const WITH_ANALYTICS: Config = { categories: [{ name: 'analytics', title: 'Statistik' }], reloadOnWithdraw: false };

describe('Google Tag Manager', () => {
  beforeEach(resetVendors);
  afterEach(resetVendors);

  it('asks Google for nothing before consent: the Consent Mode default is the dataLayer\'s first entry, and the container waits', async () => {
    start([gtm()], WITH_ANALYTICS);
    await settle();
    expect(dataLayer()).to.deep.equal(DEFAULTS);
    expect(await googleRequests()).to.deep.equal([]);
  });

  it('on consent pushes the update and the einlass_consent_update event before the container, then loads it once', async () => {
    const einlass = start([gtm()], WITH_ANALYTICS);
    einlass.acceptAll();
    // Marketing holds Tag Manager alone, so it stands in for the ad signals; the analytics category
    // holds no service that says Google, and remarketing needs a service of its own.
    expect(dataLayer().slice(2)).to.deep.equal([
      ['consent', 'update', signals('ad_storage', 'ad_user_data')],
      { event: 'einlass_consent_update', einlass: { categories: ['necessary', 'analytics', 'marketing'], services: ['google-tag-manager'] } },
      { 'gtm.start': '<time>', event: 'gtm.js' },
    ]);
    // Withdrawn and given again on the same page view: still one container.
    einlass.rejectAll();
    einlass.acceptAll();
    await requestsWhen((r) => r.length > 0);
    await settle();
    expect(await googleRequests()).to.deep.equal([CONTAINER]);
  });

  it('grants analytics_storage from the analytics category when Tag Manager is all it holds', async () => {
    const einlass = start([gtm()], { ...WITH_ANALYTICS, services: [{ name: 'google-tag-manager', category: 'analytics' }] });
    einlass.save({ categories: { analytics: true } });
    expect(dataLayer()[2]).to.deep.equal(['consent', 'update', signals('analytics_storage')]);
    await requestsWhen((r) => r.length > 0);
    expect(await googleRequests()).to.deep.equal([CONTAINER]);
  });

  it('grants no Google signal for a category the visitor allowed for another vendor', async () => {
    const einlass = start([gtm()], { ...WITH_ANALYTICS, services: [{ name: 'google-tag-manager', category: 'analytics' }, { name: 'hotjar', category: 'analytics', title: 'Hotjar' }] });
    einlass.acceptAll();
    expect(dataLayer()[2]).to.deep.equal(['consent', 'update', signals()]);
    // Its container request is logged before the next test starts counting.
    await requestsWhen((r) => r.length > 0);
  });

  it('pushes a refusal as an update, so that a region default that granted more does not last', () => {
    start([gtm()], { ...WITH_ANALYTICS, consentMode: { regions: [{ region: ['US'], granted: ['analytics_storage'] }] } }).rejectAll();
    expect(dataLayer()[3]).to.deep.equal(['consent', 'update', signals()]);
  });

  it('shares one queue with Google Analytics and Ads: one default, one update per change, one gtm.js and one gtag.js', async () => {
    const einlass = start([gtm(), googleAnalytics({ id: 'G-TEST1234' }), googleAds({ id: 'AW-123456789' })], WITH_ANALYTICS);
    await settle();
    expect(await googleRequests(), 'before consent').to.deep.equal([]);
    einlass.acceptAll();
    await requestsWhen((r) => r.length >= 2);
    await settle();
    expect((await googleRequests()).sort()).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=G-TEST1234', CONTAINER]);
    const commands = dataLayer().filter((e): e is unknown[] => Array.isArray(e));
    expect(commands.filter((c) => c[1] === 'default')).to.have.length(1);
    expect(commands.filter((c) => c[1] === 'update')).to.deep.equal([['consent', 'update', signals('ad_storage', 'ad_user_data', 'analytics_storage')]]);
  });

  it('keeps remarketing refused while conversions are allowed, and asks Google for nothing before consent', async () => {
    const einlass = start([googleAds({ id: 'AW-123456789', remarketing: true })]);
    await settle();
    expect(await googleRequests(), 'before consent').to.deep.equal([]);
    einlass.save({ services: { 'google-ads': true, 'google-ads-remarketing': false } });
    expect(dataLayer()[2]).to.deep.equal(['consent', 'update', signals('ad_storage', 'ad_user_data')]);
    await requestsWhen((r) => r.length > 0);
    await settle();
    expect(await googleRequests()).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=AW-123456789']);
  });

  it('sets region defaults after the strict one, which every region not listed keeps', () => {
    start([gtm()], { ...WITH_ANALYTICS, consentMode: { regions: [{ region: ['US', 'CA'], granted: ['analytics_storage', 'ad_storage'] }] } });
    expect(dataLayer().slice(0, 2)).to.deep.equal([
      ['consent', 'default', { ...signals(), wait_for_update: 500 }],
      ['consent', 'default', { ...signals('analytics_storage', 'ad_storage'), region: ['US', 'CA'] }],
    ]);
  });

  it('grants a signal from the category the config maps it to: security_storage with the necessary one, from the start', () => {
    start([gtm()], { ...WITH_ANALYTICS, consentMode: { signals: { security_storage: 'necessary' } } });
    expect(dataLayer()[0]).to.deep.equal(['consent', 'default', { ...signals('security_storage'), wait_for_update: 500 }]);
  });

  it('applies a stored decision at once: the update right after the defaults, before the container', async () => {
    const storage = memoryStorage();
    const first = createConsent(WITH_ANALYTICS, { integrations: [gtm()], storage });
    first.save({ categories: { analytics: true, marketing: true } });
    first.destroy();
    await resetVendors();
    const repeat = createConsent(WITH_ANALYTICS, { integrations: [gtm()], storage });
    repeat.destroy();
    expect(dataLayer()).to.deep.equal([
      ...DEFAULTS,
      ['consent', 'update', signals('ad_storage', 'ad_user_data')],
      { event: 'einlass_consent_update', einlass: { categories: ['necessary', 'analytics', 'marketing'], services: ['google-tag-manager'] } },
      { 'gtm.start': '<time>', event: 'gtm.js' },
    ]);
    // Both page views' container requests are logged before the next test starts counting.
    await settle();
  });

  it('pushes Cookiebot\'s events too when asked, for a container built for Cookiebot', () => {
    start([gtm()], { ...WITH_ANALYTICS, consentMode: { cookiebotEvents: true } }).save({ categories: { analytics: true } });
    expect(dataLayer().filter((e) => !Array.isArray(e)).map((e) => (e as { event: string }).event)).to.deep.equal(['einlass_consent_update', 'cookie_consent_update', 'cookie_consent_statistics']);
  });

  it('on withdrawal denies every signal, tells the triggers and deletes the tags\' _ga, _gid and _gcl_ cookies', async () => {
    const einlass = start([gtm()], WITH_ANALYTICS);
    einlass.acceptAll();
    document.cookie = '_ga=GA1.1.444.1700000000; path=/; domain=.einlass.test';
    document.cookie = '_gid=GA1.1.555.1700000000; path=/';
    document.cookie = '_gcl_au=1.1.1700000000; path=/';
    einlass.rejectAll();
    expect(dataLayer().slice(-2)).to.deep.equal([
      ['consent', 'update', signals()],
      { event: 'einlass_consent_update', einlass: { categories: ['necessary'], services: [] } },
    ]);
    expect((await browserCookies()).map((c) => c.name)).to.deep.equal(['einlass']);
    await requestsWhen((r) => r.length > 0);
  });

  it('warns that url_passthrough decorates links before consent, and that advanced mode sends data before it', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => { warnings.push(message); };
    try {
      start([gtm()], { ...WITH_ANALYTICS, consentMode: { urlPassthrough: true, sendDataBeforeConsent: true } });
    } finally {
      console.warn = original;
    }
    expect(dataLayer().slice(2, 3)).to.deep.equal([['set', 'url_passthrough', true]]);
    expect(warnings.join('\n')).to.include('decorates links with ad click ids before consent').and.include('loads Google\'s tags before consent');
    // Only by that explicit option: the container before any decision.
    expect((await requestsWhen((r) => r.some((q) => q.url === CONTAINER))).map((r) => r.url)).to.deep.equal([CONTAINER]);
  });

  it('refuses a container id that is not one, naming it', () => {
    expect(() => start([googleTagManager({ id: 'UA-1' })])).to.throw(/googleTagManager\.id: expected a value such as "GTM-XXXXXXX", got "UA-1"/);
  });

  describe('the cookies of the tags it fires', () => {
    const names = async () => (await browserCookies()).map((c) => c.name).sort();
    const plant = () => {
      document.cookie = '_ga=GA1.1.444.1700000000; path=/';
      document.cookie = '_ga_TEST1234=GS1.1.1700000000; path=/';
      document.cookie = '_gallery_view=grid; path=/';
    };

    it('deletes _ga when Google Analytics is refused, though Tag Manager, which lists it too, is granted', async () => {
      const einlass = start([gtm(), googleAnalytics({ id: 'G-TEST1234' })], WITH_ANALYTICS);
      plant();
      einlass.save({ services: { 'google-tag-manager': true, 'google-analytics': false } });
      expect(await names()).to.deep.equal(['_gallery_view', 'einlass']);
      await requestsWhen((r) => r.length > 0);
    });

    it('keeps _ga when Google Analytics is granted, though Tag Manager, which lists it too, is refused', async () => {
      const einlass = start([gtm(), googleAnalytics({ id: 'G-TEST1234' })], WITH_ANALYTICS);
      plant();
      einlass.save({ services: { 'google-tag-manager': false, 'google-analytics': true } });
      expect(await names()).to.deep.equal(['_ga', '_ga_TEST1234', '_gallery_view', 'einlass']);
      await requestsWhen((r) => r.length > 0);
    });
  });
});
