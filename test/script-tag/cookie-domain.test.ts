import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames } from '../helpers/frames';
import { clickInBanner, clickInSettings, configPage, pageView, settle, visit, type Applied } from '../helpers/site';

// The fixture page is served on www.einlass.test, so `einlass.test` is a cookie domain it may use.
const DOMAIN = 'einlass.test';
/** A record another site's einlass wrote for its own config: well formed, but not for this config. */
const FOREIGN_RECORD = '1.5f0c2b9e-3d4a-4c1b-8e7f-6a5b4c3d2e1f.tpe0aa.tpe0aa.3.a.3.1.k2j4l1.1x9c0pq';

const accepted: Applied = { decided: true, analyticsGranted: true, analyticsRan: true, banner: false };
const refused: Applied = { decided: true, analyticsGranted: false, analyticsRan: false, banner: false };

/** A first page view on a config without cookie.domain: the visitor accepts all, and a host-only cookie is written. */
async function acceptOnHostOnlyCookie(): Promise<void> {
  const first = await visit();
  await first.win.Einlass?.acceptAll();
  expect(first.win.Einlass?.isGranted('analytics'), 'accepted on the first page view').to.equal(true);
  first.leave();
}

describe('the consent cookie when the site changes cookie.domain, or shares the cookie name', () => {
  useFixtureFrames();
  afterEach(() => {
    // clearCookies only knows path=/.
    document.cookie = 'einlass=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/test/fixtures';
  });

  it('keeps a withdrawal made through window.Einlass after the site set cookie.domain', async () => {
    await acceptOnHostOnlyCookie();
    const moved = await visit({ domain: DOMAIN });
    expect(moved.win.Einlass?.isGranted('analytics'), 'the earlier acceptance applies after the move').to.equal(true);
    await moved.win.Einlass?.rejectAll();
    moved.leave();
    expect(await pageView({ domain: DOMAIN }), 'the next page view after "reject all"').to.deep.equal(refused);
  });

  it('keeps a withdrawal clicked in the settings after the site set cookie.domain', async () => {
    await acceptOnHostOnlyCookie();
    const moved = await visit({ domain: DOMAIN });
    await clickInSettings(moved, 'reject-all');
    await until(() => moved.win.Einlass?.isGranted('analytics') === false);
    moved.leave();
    expect(await pageView({ domain: DOMAIN }), 'the next page view after "Alle ablehnen"').to.deep.equal(refused);
  });

  it('asks once after a revision bump that came with cookie.domain, not on every page view', async () => {
    await acceptOnHostOnlyCookie();
    const bumped = await visit({ revision: 2, domain: DOMAIN });
    // The new revision asks again: that much is right.
    await clickInBanner(bumped.win.document, 'accept-all');
    await until(() => bumped.win.Einlass?.$decided.get() === true);
    bumped.leave();
    expect(await pageView({ revision: 2, domain: DOMAIN }), 'the next page view').to.deep.equal(accepted);
    expect(await pageView({ revision: 2, domain: DOMAIN }), 'the one after').to.deep.equal(accepted);
  });

  it('asks once, not on every page view, when a sibling site keeps a cookie of the same name on the parent domain', async () => {
    // shop.einlass.test runs einlass too, with cookie.domain "einlass.test" and a config of its own.
    document.cookie = `einlass=${FOREIGN_RECORD}; path=/; domain=.${DOMAIN}`;
    const first = await visit();
    await clickInBanner(first.win.document, 'accept-all');
    await until(() => first.win.Einlass?.$decided.get() === true);
    first.leave();
    expect(await pageView(), 'the next page view').to.deep.equal(accepted);
  });

  it('asks once, not on every page view, when a cookie of the same name sits on a deeper path', async () => {
    // Another app in a sub-folder of the site keeps its own "einlass" cookie there.
    document.cookie = `einlass=${FOREIGN_RECORD}; path=/test/fixtures`;
    const first = await visit();
    await clickInBanner(first.win.document, 'accept-all');
    await until(() => first.win.Einlass?.$decided.get() === true);
    first.leave();
    expect(await pageView(), 'the next page view').to.deep.equal(accepted);
  });

  it('deletes a refused service\'s host-only cookies on the next page view, which a withdrawal on a sibling host could not reach', async () => {
    // www set Matomo's and Ads' cookies host-only; the visitor then refused on shop.einlass.test,
    // whose shared consent cookie www reads, but whose script cannot touch www's own cookies.
    const sibling = await visit({ domain: DOMAIN });
    await sibling.win.Einlass?.rejectAll();
    sibling.leave();
    document.cookie = '_pk_id.1.abcd=1; path=/';
    document.cookie = '_gcl_au=1; path=/';
    document.cookie = 'site_pref=1; path=/';
    expect(await pageView({ domain: DOMAIN }), 'a repeat visit').to.deep.equal(refused);
    expect(document.cookie.split('; ').map((c) => c.split('=')[0]).filter((n) => n !== 'einlass').sort()).to.deep.equal(['site_pref']);
  });

  it('deletes an integration\'s cookies on a repeat visit the loader handles alone: _ga and _gid of a refused Google Analytics', async () => {
    const page = configPage({ cookie: { domain: DOMAIN }, integrations: { googleAnalytics: { id: 'G-TEST1234' } } });
    const first = await visit(page);
    await first.win.Einlass?.rejectAll();
    first.leave();
    document.cookie = '_ga=GA1.1.444.1700000000; path=/';
    document.cookie = '_gid=GA1.1.555.1700000000; path=/';
    const repeat = await visit(page);
    await settle();
    expect(repeat.win.document.querySelector('einlass-ui'), 'the loader alone: no interface').to.equal(null);
    expect(document.cookie).not.to.match(/_ga=|_gid=/);
  });
});
