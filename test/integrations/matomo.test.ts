import { expect } from '@esm-bundle/chai';
import { matomo } from '../../src/integrations/matomo/index';
import { createConsent } from '../../src/create';
import { browserCookies } from '../helpers/cookies';
import { until } from '../helpers/frames';
import { resetVendors, start, vendor } from '../helpers/integrations';
import { serveMatomoStandIn, trackingRequests } from '../helpers/matomo';
import { settle, thirdPartyRequests } from '../helpers/network';

const tracker = () => matomo({ url: 'https://matomo.example.org', siteId: 3 });
const DAY = 24 * 3600 * 1000;
const SETUP = [['requireConsent'], ['setTrackerUrl', 'https://matomo.example.org/matomo.php'], ['setSiteId', '3'], ['trackPageView'], ['enableLinkTracking']];

/**
 * A Matomo consent command with the hours until the decision expires: counted from the record's
 * time, so the milliseconds since it was made are already gone (Matomo takes fractional hours).
 */
function expectHours(command: unknown, name: string, hours: number): void {
  const [given, left] = command as [string, number];
  expect(given).to.equal(name);
  expect(left).to.be.within(hours - 0.01, hours);
}

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
    expect(vendor._paq?.slice(0, -1)).to.deep.equal([...SETUP, ['setConsentGiven']]);
    expectHours(vendor._paq?.at(-1), 'rememberConsentGiven', 182 * 24);
    expect((await thirdPartyRequests()).map((r) => r.url)).to.deep.equal(['https://matomo.example.org/matomo.js']);
  });

  it('follows a shorter consent lifetime', () => {
    start([tracker()], { cookie: { lifetimeDays: 30 } }).acceptAll();
    expectHours(vendor._paq?.at(-1), 'rememberConsentGiven', 720);
  });

  it('forgets consent and deletes the _pk_ cookies on withdrawal', async () => {
    const einlass = start([tracker()]);
    einlass.acceptAll();
    document.cookie = '_pk_id.3.1fff=7b2ba4b5a1e2c3d4.1700000000.; path=/';
    document.cookie = '_pk_ses.3.1fff=1; path=/';
    document.cookie = '_pk_ref.3.1fff=%5B%22%22%5D; path=/; domain=.einlass.test';
    document.cookie = 'language=de; path=/';
    einlass.rejectAll();
    expectHours(vendor._paq?.at(-1), 'forgetConsentGiven', 182 * 24);
    expect((await browserCookies()).map((c) => c.name).filter((n) => n !== 'einlass')).to.deep.equal(['language']);
  });

  describe('against a stand-in of matomo.js 5.2', () => {
    beforeEach(serveMatomoStandIn);
    const cookie = async (name: string) => (await browserCookies()).find((c) => c.name === name);
    const standInRan = () => until(() => (window as { matomoStandIn?: unknown }).matomoStandIn !== undefined);
    afterEach(() => { delete (window as { matomoStandIn?: unknown }).matomoStandIn; });

    it('lets Matomo remember consent only as long as einlass\'s decision has left, 100 days after it', async () => {
      const decided = Date.now() - 100 * DAY;
      // The decision, 100 days ago; with the gate off nothing of Matomo's runs then.
      createConsent({}, { integrations: [tracker()], now: () => decided, gate: false }).acceptAll();
      start([tracker()]);
      // Queued before matomo.js arrives and takes the queue over.
      expect(vendor._paq?.find((c) => c[0] === 'rememberConsentGiven')?.[1]).to.be.closeTo(82 * 24, 0.01);
      await standInRan();
      const remembered = await cookie('mtm_consent');
      expect(remembered, 'mtm_consent').to.not.equal(undefined);
      const expiresAt = (remembered?.expires ?? 0) * 1000;
      // Cookie expiries are whole seconds.
      expect(expiresAt).to.be.at.most(decided + 182 * DAY + 1000);
      expect(expiresAt).to.be.at.least(decided + 182 * DAY - 60 * 1000);
    });

    it('bounds Matomo\'s memory of a withdrawal by the refusal\'s own lifetime, and deletes its visitor cookies', async () => {
      const einlass = start([tracker()]);
      einlass.acceptAll();
      await standInRan();
      await until(() => document.cookie.includes('_pk_id.3.'));
      einlass.rejectAll();
      const removed = await cookie('mtm_consent_removed');
      expect(removed, 'mtm_consent_removed').to.not.equal(undefined);
      expect((removed?.expires ?? 0) * 1000).to.be.at.most(Date.now() + 182 * DAY + 1000);
      const left = (await browserCookies()).map((c) => c.name).filter((n) => n.startsWith('_pk_') || n === 'mtm_consent');
      expect(left).to.deep.equal([]);
    });

    it('sends one page view, with its visitor id, on the page where the visitor accepts', async () => {
      const einlass = start([tracker()]);
      await settle();
      expect(await thirdPartyRequests(), 'before the choice').to.deep.equal([]);
      einlass.acceptAll();
      await standInRan();
      await settle(300);
      const sent = trackingRequests(await thirdPartyRequests());
      expect(sent.map((q) => (q.has('ping') ? 'ping' : q.get('action_name')))).to.deep.equal([document.title]);
      expect(sent[0]?.get('_id')).to.match(/^[0-9a-f]{16}$/);
    });

    it('deletes Matomo\'s cookies when the visitor refuses a new revision of the config', async () => {
      const first = start([tracker()]);
      first.acceptAll();
      await standInRan();
      await until(() => document.cookie.includes('_pk_id.3.') && document.cookie.includes('mtm_consent='));
      await resetVendorsKeepingCookies();
      const bumped = start([tracker()], { revision: 2 });
      expect(bumped.$decided.get(), 'the new revision asks again').to.equal(false);
      bumped.rejectAll();
      const left = (await browserCookies()).map((c) => c.name).filter((n) => n.startsWith('_pk_') || n === 'mtm_consent');
      expect(left).to.deep.equal([]);
    });
  });

  it('refuses options it cannot use, naming the field', () => {
    expect(() => start([matomo({ url: 'javascript:alert(1)', siteId: 1 })])).to.throw(/matomo\.url: expected an http\(s\) address such as "https:\/\/matomo.example.com\/", got "javascript:alert\(1\)"/);
    expect(() => start([matomo({ url: 'https://m.example.org', siteId: 'one' })])).to.throw(/matomo\.siteId: expected a value such as 1, got "one"/);
  });
});

/** Stops what a test started and forgets the vendor globals, as leaving the page does, keeping the cookie jar. */
async function resetVendorsKeepingCookies(): Promise<void> {
  const jar = document.cookie;
  await resetVendors();
  for (const pair of jar.split('; ')) document.cookie = `${pair}; path=/`;
}
