import { expect } from '@esm-bundle/chai';
import { browserCookies } from '../helpers/cookies';
import { until, useFixtureFrames } from '../helpers/frames';
import { serveMatomoStandIn, trackingRequests } from '../helpers/matomo';
import { thirdPartyRequests } from '../helpers/network';
import { bannerShown, clickInBanner, settle, visit, type PageView } from '../helpers/site';

const PAGE = '/test/fixtures/matomo-site.html';

/** Matomo's cookies left in the jar: its visitor and session ids and its memory of consent. */
async function matomoCookies(): Promise<string[]> {
  return (await browserCookies()).map((c) => c.name).filter((name) => name.startsWith('_pk_') || name === 'mtm_consent').sort();
}

/** A first page view on which the visitor accepts, and Matomo (the stand-in of matomo.js 5.2) sets its cookies. */
async function acceptAndTrack(): Promise<PageView> {
  const view = await visit(PAGE);
  await clickInBanner(view.win.document, 'accept-all');
  await until(() => document.cookie.includes('_pk_id.3.') && document.cookie.includes('mtm_consent='), 3000);
  return view;
}

describe('Matomo through the script tag, against a stand-in of matomo.js 5.2', () => {
  useFixtureFrames();
  beforeEach(serveMatomoStandIn);

  it('sends nothing before a choice, then one page view carrying a visitor id on the page where the visitor accepts', async () => {
    const view = await visit(PAGE);
    await until(() => bannerShown(view.win.document), 3000);
    await settle();
    expect(await thirdPartyRequests(), 'before the choice').to.deep.equal([]);
    await clickInBanner(view.win.document, 'accept-all');
    await until(() => (view.win as { matomoStandIn?: unknown }).matomoStandIn !== undefined, 3000);
    await settle();
    const sent = trackingRequests(await thirdPartyRequests());
    expect(sent.map((q) => (q.has('ping') ? 'ping' : q.get('action_name')))).to.deep.equal(['einlass script tag with Matomo']);
    expect(sent[0]?.get('_id'), 'the visitor id').to.match(/^[0-9a-f]{16}$/);
  });

  it('leaves no Matomo cookie when the visitor refuses after a revision bump', async () => {
    (await acceptAndTrack()).leave();
    expect(await matomoCookies(), 'after the acceptance').to.have.length(3);
    const bumped = await visit(`${PAGE}?revision=2`);
    await clickInBanner(bumped.win.document, 'reject-all');
    await settle();
    expect(await matomoCookies()).to.deep.equal([]);
  });

  it('leaves no Matomo cookie when the visitor refuses after the decision expired', async () => {
    (await acceptAndTrack()).leave();
    const later = await visit(`${PAGE}?days=200`);
    await clickInBanner(later.win.document, 'reject-all');
    await settle();
    expect(await matomoCookies()).to.deep.equal([]);
  });
});
