import { expect } from '@esm-bundle/chai';
import { createConsent } from '../src/create';
import { ConfigError } from '../src/core/config-check';
import { googleAds } from '../src/integrations/google-ads/index';
import { matomo } from '../src/integrations/matomo/index';
import { CHANGE_EVENT, type ConsentChange, type Einlass } from '../src/types';
import { siteConfig } from './helpers/config';
import { browserCookies, readCookie } from './helpers/cookies';
import { nextEvent, openFrame, until, useFixtureFrames } from './helpers/frames';

const DAY = 24 * 3600 * 1000;
const running: Einlass[] = [];
const start = (...args: Parameters<typeof createConsent>) => {
  const einlass = createConsent(...args);
  running.push(einlass);
  return einlass;
};

function setGpc(value: boolean | undefined): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
}

const heard: ConsentChange[] = [];
const hear = (event: Event) => { heard.push((event as CustomEvent<ConsentChange>).detail); };

describe('createConsent', () => {
  useFixtureFrames({
    cleanup: () => {
      running.splice(0).forEach((e) => { e.destroy(); });
      setGpc(undefined);
      document.removeEventListener(CHANGE_EVENT, hear);
      heard.length = 0;
    },
  });

  it('stores a whole decision even when a site\'s subscriber throws, and reports the error', () => {
    const einlass = start(siteConfig);
    const reported: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { reported.push(args); };
    // The README's pattern, with the site's own function missing (its script was blocked).
    const startAnalytics = undefined as unknown as () => void;
    const stop = einlass.$grants.subscribe((grants) => { if (grants.categories.analytics) startAnalytics(); });
    let record;
    try {
      record = einlass.acceptAll();
    } finally {
      console.error = original;
      stop();
    }
    expect(record.action).to.equal('accept-all');
    expect(einlass.$record.get()).to.equal(record);
    expect(einlass.$decided.get()).to.equal(true);
    expect(readCookie('einlass'), 'the cookie is written').to.be.a('string');
    expect(reported, 'the error is reported').to.have.length(1);
    // And after a reload, the visitor is not asked again.
    const again = createConsent(siteConfig);
    running.push(again);
    expect(again.$record.get()?.action).to.equal('accept-all');
  });

  it('reports every problem in one error: an integration\'s unknown option and a typo in the config', () => {
    const run = () => createConsent({ revison: 2, categories: [{ name: 'analytics', title: 'Statistik' }] } as never, {
      gate: false,
      integrations: [matomo({ url: 'https://matomo.example.org', siteID: 1 } as never), googleAds({ id: 'AW-123456789', remarketting: true } as never)],
    });
    expect(run).to.throw(ConfigError);
    expect(() => run()).to.throw(/matomo\.siteID: expected one of the known keys \(url, siteId\)[\s\S]*googleAds\.remarketting: expected one of the known keys \(id, remarketing\)[\s\S]*revison: expected one of the known keys/);
  });

  it('starts undecided on a first visit, granting only the necessary', () => {
    const einlass = start(siteConfig);
    expect(einlass.$decided.get()).to.equal(false);
    expect(einlass.isGranted('necessary')).to.equal(true);
    expect(einlass.isGranted('analytics')).to.equal(false);
    expect(readCookie('einlass')).to.equal(undefined);
  });

  it('restores consent from the cookie', () => {
    start(siteConfig).save({ categories: { marketing: true } });
    const next = start(siteConfig);
    expect(next.$decided.get()).to.equal(true);
    expect(next.isGranted('marketing')).to.equal(true);
    expect(next.isServiceGranted('google-ads')).to.equal(true);
    expect(next.isGranted('analytics')).to.equal(false);
  });

  it('writes a first-party cookie: path=/, SameSite=Lax, six months, not Secure on http', async () => {
    start(siteConfig).acceptAll();
    const cookie = (await browserCookies()).find((c) => c.name === 'einlass');
    expect(cookie?.path).to.equal('/');
    expect(cookie?.sameSite).to.equal('Lax');
    expect(cookie?.secure).to.equal(false);
    expect(cookie?.domain).to.equal('www.einlass.test');
    const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / DAY;
    expect(days).to.be.within(181.9, 182.1);
  });

  it('lets the site owner choose the cookie name and lifetime', async () => {
    start({ ...siteConfig, cookie: { name: 'consent', lifetimeDays: 30 } }).rejectAll();
    const cookie = (await browserCookies()).find((c) => c.name === 'consent');
    expect(((cookie?.expires ?? 0) * 1000 - Date.now()) / DAY).to.be.within(29.9, 30.1);
    expect(readCookie('einlass')).to.equal(undefined);
  });

  it('asks again after the revision is bumped', () => {
    start(siteConfig).acceptAll();
    const bumped = start({ ...siteConfig, revision: 2 });
    expect(bumped.$decided.get()).to.equal(false);
    expect(bumped.isGranted('analytics')).to.equal(false);
  });

  it('asks again once the consent lifetime is over', () => {
    start(siteConfig).acceptAll();
    expect(start(siteConfig, { now: () => Date.now() + 181 * DAY }).$decided.get()).to.equal(true);
    expect(start(siteConfig, { now: () => Date.now() + 183 * DAY }).$decided.get()).to.equal(false);
  });

  it('forgets the decision and deletes its cookie on reset', () => {
    const einlass = start(siteConfig);
    einlass.acceptAll();
    einlass.reset();
    expect(readCookie('einlass')).to.equal(undefined);
    expect(start(siteConfig).$decided.get()).to.equal(false);
  });

  it('announces every change with an einlass:change event on document', async () => {
    const einlass = start(siteConfig);
    const event = nextEvent(document, CHANGE_EVENT);
    einlass.save({ categories: { media: true } });
    const detail = ((await event) as CustomEvent<ConsentChange>).detail;
    expect(detail.record?.action).to.equal('custom');
    expect(detail.grants.categories.media).to.equal(true);
    expect(detail.grants.categories.analytics).to.equal(false);
  });

  it('holds only what is granted in $grants, not the rest of the record', () => {
    start(siteConfig).acceptAll();
    expect(Object.keys(running[0]?.$grants.get() ?? {})).to.deep.equal(['categories', 'services']);
    // Restored from the cookie on the next page view, too.
    expect(Object.keys(start(siteConfig).$grants.get())).to.deep.equal(['categories', 'services']);
  });

  it('says in each change event what changed and why: the visitor decided, or reset', () => {
    const einlass = start(siteConfig);
    document.addEventListener(CHANGE_EVENT, hear);
    einlass.save({ categories: { media: true } });
    einlass.save({ categories: { media: true } });
    einlass.acceptAll();
    einlass.reset();
    expect(heard.map((change) => [change.cause, change.changed])).to.deep.equal([
      ['visitor', { categories: ['media'], services: ['youtube'] }],
      ['visitor', { categories: [], services: [] }],
      ['visitor', { categories: ['analytics', 'marketing'], services: ['matomo', 'google-analytics', 'google-ads'] }],
      ['reset', { categories: ['analytics', 'marketing', 'media'], services: ['matomo', 'google-analytics', 'google-ads', 'youtube'] }],
    ]);
  });

  describe('Global Privacy Control', () => {
    it('says a refusal came from GPC, and that it changed nothing granted', () => {
      setGpc(true);
      document.addEventListener(CHANGE_EVENT, hear);
      start(siteConfig);
      expect(heard.map((change) => [change.cause, change.changed])).to.deep.equal([['gpc', { categories: [], services: [] }]]);
    });

    it('records a refusal instead of asking when the browser sends GPC', () => {
      setGpc(true);
      const einlass = start(siteConfig);
      expect(einlass.$decided.get()).to.equal(true);
      expect(einlass.$record.get()?.action).to.equal('gpc');
      expect(einlass.isGranted('analytics')).to.equal(false);
      expect(readCookie('einlass')).to.match(/\.g\./);
    });

    it('still lets the visitor opt in, and that explicit choice wins on later visits', () => {
      setGpc(true);
      start(siteConfig).save({ categories: { analytics: true } });
      const later = start(siteConfig);
      expect(later.$record.get()?.action).to.equal('custom');
      expect(later.isGranted('analytics')).to.equal(true);
    });

    it('does not override a decision made before', () => {
      start(siteConfig).acceptAll();
      setGpc(true);
      expect(start(siteConfig).$record.get()?.action).to.equal('accept-all');
    });

    it('can be turned off by the site owner, who then asks as usual', () => {
      setGpc(true);
      expect(start({ ...siteConfig, gpc: false }).$decided.get()).to.equal(false);
    });
  });

  describe('two tabs', () => {
    it('follows a decision made in another tab (BroadcastChannel)', async () => {
      const here = start(siteConfig);
      const { win } = await openFrame('/test/fixtures/script-tag.html');
      const changed = nextEvent(document, CHANGE_EVENT);
      await win.Einlass?.save({ categories: { analytics: true } });
      const { detail } = (await changed) as CustomEvent<ConsentChange>;
      expect(detail.cause).to.equal('tab');
      expect(detail.changed.categories).to.deep.equal(['analytics']);
      expect(here.isGranted('analytics')).to.equal(true);
      expect(here.$record.get()?.id).to.equal(win.Einlass?.$record.get()?.id);
    });

    it('follows a withdrawal in another tab', async () => {
      const here = start(siteConfig);
      here.acceptAll();
      const { win } = await openFrame('/test/fixtures/script-tag.html');
      expect(win.Einlass?.isGranted('marketing')).to.equal(true);
      const changed = nextEvent(document, CHANGE_EVENT);
      await win.Einlass?.reset();
      await changed;
      expect(here.$decided.get()).to.equal(false);
      expect(here.isGranted('marketing')).to.equal(false);
    });

    it('catches up on visibilitychange where BroadcastChannel is missing', async () => {
      const original = window.BroadcastChannel;
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined, configurable: true, writable: true });
      let here: Einlass;
      try {
        here = start(siteConfig);
      } finally {
        window.BroadcastChannel = original;
      }
      const { win } = await openFrame('/test/fixtures/script-tag.html');
      await win.Einlass?.rejectAll();
      // A hidden tab learns nothing until it is looked at again; by then the cookie has long arrived.
      await until(() => readCookie('einlass') !== undefined);
      expect(here.$decided.get()).to.equal(false);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(here.$record.get()?.action).to.equal('reject-all');
    });

    it('stops following other tabs once destroyed', async () => {
      const here = start(siteConfig);
      here.destroy();
      const { win } = await openFrame('/test/fixtures/script-tag.html');
      await win.Einlass?.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 100));
      document.dispatchEvent(new Event('visibilitychange'));
      expect(here.$decided.get()).to.equal(false);
    });
  });
});

describe('consent cookie domain', () => {
  useFixtureFrames({ cleanup: () => { document.cookie = 'einlass=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; domain=.einlass.test'; } });

  it('shares consent across subdomains when cookie.domain is set', async () => {
    expect(location.hostname).to.equal('www.einlass.test');
    const einlass = createConsent({ ...siteConfig, cookie: { domain: 'einlass.test' } });
    einlass.save({ categories: { analytics: true } });
    const cookie = (await browserCookies()).find((c) => c.name === 'einlass');
    expect(cookie?.domain).to.equal('.einlass.test');
    einlass.reset();
    expect((await browserCookies()).some((c) => c.name === 'einlass')).to.equal(false);
    einlass.destroy();
  });
});
