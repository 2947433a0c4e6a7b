import { expect } from '@esm-bundle/chai';
import { matomo } from '../../src/integrations/matomo/index';
import { browserCookies } from '../helpers/cookies';
import { resetVendors, start, vendor } from '../helpers/integrations';
import { settle, thirdPartyRequests } from '../helpers/network';

const tracker = () => matomo({ url: 'https://matomo.example.org', siteId: 3 });
const SETUP = [['requireConsent'], ['setTrackerUrl', 'https://matomo.example.org/matomo.php'], ['setSiteId', '3'], ['trackPageView'], ['enableLinkTracking']];

describe('Matomo', () => {
  beforeEach(resetVendors);
  afterEach(resetVendors);

  it('queues requireConsent before trackPageView, and asks the Matomo host for nothing before consent', async () => {
    const einlass = start([tracker()]);
    await settle();
    expect(vendor._paq).to.deep.equal(SETUP);
    expect(await thirdPartyRequests()).to.deep.equal([]);
    expect(einlass.config.categories.map((c) => c.name)).to.deep.equal(['necessary', 'analytics']);
  });

  it('remembers consent for einlass\'s lifetime, not Matomo\'s 30 years, and loads matomo.js once', async () => {
    const einlass = start([tracker()]);
    einlass.save({ categories: { analytics: true } });
    einlass.acceptAll();
    await settle();
    expect(vendor._paq).to.deep.equal([...SETUP, ['rememberConsentGiven', 182 * 24]]);
    expect((await thirdPartyRequests()).map((r) => r.url)).to.deep.equal(['https://matomo.example.org/matomo.js']);
  });

  it('follows a shorter consent lifetime', () => {
    start([tracker()], { cookie: { lifetimeDays: 30 } }).acceptAll();
    expect(vendor._paq?.at(-1)).to.deep.equal(['rememberConsentGiven', 720]);
  });

  it('forgets consent and deletes the _pk_ cookies on withdrawal', async () => {
    const einlass = start([tracker()]);
    einlass.acceptAll();
    document.cookie = '_pk_id.3.1fff=7b2ba4b5a1e2c3d4.1700000000.; path=/';
    document.cookie = '_pk_ses.3.1fff=1; path=/';
    document.cookie = '_pk_ref.3.1fff=%5B%22%22%5D; path=/; domain=.einlass.test';
    document.cookie = 'language=de; path=/';
    einlass.rejectAll();
    expect(vendor._paq?.at(-1)).to.deep.equal(['forgetConsentGiven']);
    expect((await browserCookies()).map((c) => c.name).filter((n) => n !== 'einlass')).to.deep.equal(['language']);
  });

  it('refuses options it cannot use, naming the field', () => {
    expect(() => matomo({ url: 'javascript:alert(1)', siteId: 1 })).to.throw(/matomo\.url: expected an http\(s\) address such as "https:\/\/matomo.example.com\/", got "javascript:alert\(1\)"/);
    expect(() => matomo({ url: 'https://m.example.org', siteId: 'one' })).to.throw(/matomo\.siteId: expected a value such as 1, got "one"/);
  });
});
