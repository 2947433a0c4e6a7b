import { expect } from '@esm-bundle/chai';
import { googleAnalytics } from '../../src/integrations/google-analytics/index';
import { browserCookies } from '../helpers/cookies';
import { commands, resetVendors, signals, start, vendor } from '../helpers/integrations';
import { requestsWhen, settle, thirdPartyRequests } from '../helpers/network';

const DEFAULTS = [['consent', 'default', { ...signals(), wait_for_update: 500 }], ['set', 'ads_data_redaction', true]];

describe('Google Analytics 4', () => {
  beforeEach(resetVendors);
  afterEach(resetVendors);

  it('queues Consent Mode v2 with everything denied first, and does not request gtag.js before consent', async () => {
    start([googleAnalytics({ id: 'G-TEST1234' })]);
    await settle();
    expect(commands()).to.deep.equal(DEFAULTS);
    expect(vendor['ga-disable-G-TEST1234']).to.equal(true);
    expect(await thirdPartyRequests()).to.deep.equal([]);
  });

  it('on consent updates consent, then loads gtag.js once and configures the property', async () => {
    const einlass = start([googleAnalytics({ id: 'G-TEST1234' })]);
    einlass.save({ categories: { analytics: true } });
    einlass.acceptAll();
    await settle();
    expect(commands()).to.deep.equal([
      ...DEFAULTS,
      ['consent', 'update', signals('analytics_storage')],
      ['js', '<Date>'],
      ['config', 'G-TEST1234'],
    ]);
    expect(vendor['ga-disable-G-TEST1234']).to.equal(false);
    expect((await requestsWhen((r) => r.length > 0)).map((r) => r.url)).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=G-TEST1234']);
  });

  it('on withdrawal denies analytics_storage, sets the ga-disable flag and deletes _ga, _ga_<id> and _gid', async () => {
    const einlass = start([googleAnalytics({ id: 'G-TEST1234' })]);
    einlass.acceptAll();
    document.cookie = '_ga=GA1.1.444.1700000000; path=/; domain=.einlass.test';
    document.cookie = '_ga_TEST1234=GS1.1.1700000000.1.0.1700000000.0.0.0; path=/; domain=.einlass.test';
    document.cookie = '_gid=GA1.1.555.1700000000; path=/';
    einlass.rejectAll();
    expect(commands().at(-1)).to.deep.equal(['consent', 'update', signals()]);
    expect(vendor['ga-disable-G-TEST1234']).to.equal(true);
    expect((await browserCookies()).map((c) => c.name)).to.deep.equal(['einlass']);
  });

  it('refuses an id that is not a measurement id', () => {
    expect(() => start([googleAnalytics({ id: 'UA-12345-1' })])).to.throw(/googleAnalytics\.id: expected a value such as "G-XXXXXXXXXX", got "UA-12345-1"/);
  });
});
