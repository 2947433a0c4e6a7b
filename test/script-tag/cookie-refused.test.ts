import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames } from '../helpers/frames';
import { bannerShown, clickInBanner, settle, visit, type PageView } from '../helpers/site';

/** What a tab switch makes a page do: it is hidden, then shown again. */
function switchTabAndBack(view: PageView): void {
  view.win.document.dispatchEvent(new Event('visibilitychange'));
  view.win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}

const warnings = (view: PageView) => (view.win as unknown as { warnings: string[] }).warnings.filter((w) => w.includes('could not be stored'));

describe('a decision whose cookie the browser does not store', () => {
  useFixtureFrames();

  it('keeps the decision for the page view, warns once naming cookie.domain, and never reloads on a tab switch', async () => {
    // A production config (cookie.domain example.com) on this test host: the browser drops the cookie.
    const view = await visit({ domain: 'example.com' });
    (view.win as unknown as { unsaved: string }).unsaved = 'form input';
    await clickInBanner(view.win.document, 'accept-all');
    await until(() => view.win.analyticsRan === true);
    expect(view.win.document.cookie, 'nothing stored').not.to.include('einlass=');

    switchTabAndBack(view);
    await settle();
    switchTabAndBack(view);
    await settle();
    expect((view.win as unknown as { unsaved?: string }).unsaved, 'the same page, not reloaded').to.equal('form input');
    expect(view.win.Einlass?.isGranted('analytics'), 'the decision still holds').to.equal(true);
    expect(bannerShown(view.win.document), 'the banner stays away').to.equal(false);

    // A second decision on the same page view: still one warning.
    await view.win.Einlass?.save({ categories: { analytics: true, marketing: true } });
    expect(view.win.Einlass?.isGranted('marketing')).to.equal(true);
    expect(warnings(view), 'one warning for the page view').to.have.length(1);
    expect(warnings(view)[0]).to.include('cookie.domain "example.com" does not cover this host (www.einlass.test)');
  });

  it('does not hand a decision it could not store to another tab, which would take it back and reload at its next tab switch', async () => {
    const other = await visit({ domain: 'example.com' });
    (other.win as unknown as { unsaved: string }).unsaved = 'form input';
    const view = await visit({ domain: 'example.com' });
    await clickInBanner(view.win.document, 'accept-all');
    await settle();
    switchTabAndBack(other);
    await settle();
    expect((other.win as unknown as { unsaved?: string }).unsaved, 'the other tab, not reloaded').to.equal('form input');
    expect(other.win.Einlass?.$decided.get(), 'the other tab still asks: nothing was stored').to.equal(false);
  });

  it('says nothing when the cookie is stored', async () => {
    const view = await visit();
    await clickInBanner(view.win.document, 'accept-all');
    await until(() => view.win.document.cookie.includes('einlass='));
    expect(warnings(view)).to.deep.equal([]);
  });
});
