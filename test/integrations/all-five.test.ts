import { expect } from '@esm-bundle/chai';
import { click, shadowOf } from '../helpers/dom';
import { openFrame, until, useFixtureFrames } from '../helpers/frames';
import { requestedHosts, settle, thirdPartyRequests } from '../helpers/network';

describe('a page with all five integrations (script tag)', () => {
  useFixtureFrames();

  it('asks none of the five providers for anything before consent', async () => {
    const { win } = await openFrame('/test/fixtures/all-five.html');
    await until(() => Boolean(win.document.querySelector('einlass-placeholder')));
    await settle(300);
    expect(await thirdPartyRequests()).to.deep.equal([]);
    expect(win.Einlass?.config.categories.map((c) => c.name)).to.deep.equal(['necessary', 'analytics', 'marketing', 'media']);
  });

  it('describes each integration in the page\'s language once a part shows them, in window.Einlass.config too', async () => {
    const { win } = await openFrame('/test/fixtures/all-five.html');
    const banner = () => win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner');
    await until(() => Boolean(banner()));
    expect(banner()?.textContent).to.contain('Statistik, Marketing und Externe Medien');
    const matomo = win.Einlass?.config.services.find((s) => s.name === 'matomo');
    expect(matomo?.cookies.map((c) => c.name)).to.include('^_pk_id');
    expect(matomo?.purpose).to.deep.equal({ message: 'matomoPurpose' });
  });

  it('loads Matomo and Google Analytics, and not Ads, YouTube or Fonts, when only analytics is accepted', async () => {
    const { win } = await openFrame('/test/fixtures/all-five.html');
    await win.Einlass?.save({ categories: { analytics: true } });
    await settle(300);
    expect(await requestedHosts()).to.deep.equal(['matomo.example.org', 'www.googletagmanager.com']);
    expect((await thirdPartyRequests()).map((r) => r.url).sort()).to.deep.equal([
      'https://matomo.example.org/matomo.js',
      'https://www.googletagmanager.com/gtag/js?id=G-ALLFIVE1',
    ]);
  });

  it('loads all five on "Accept all", with gtag.js once', async () => {
    const { win } = await openFrame('/test/fixtures/all-five.html');
    await until(() => Boolean(win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner')));
    click(shadowOf(win.document, 'einlass-ui'), '[data-choice="accept-all"]');
    await settle(400);
    expect(await requestedHosts()).to.deep.equal(['fonts.googleapis.com', 'matomo.example.org', 'www.googletagmanager.com', 'www.youtube-nocookie.com']);
    expect((await thirdPartyRequests()).filter((r) => r.url.includes('/gtag/js'))).to.have.length(1);
    // What einlass itself loads after consent is no leak.
    expect((win as unknown as { warnings: string[] }).warnings).to.deep.equal([]);
  });

  it('reports a Google Ads conversion from the page only after marketing is accepted', async () => {
    const { win } = await openFrame('/test/fixtures/all-five.html');
    const ads = win.Einlass?.integration('google-ads') as { conversion: (label: string, details?: object) => boolean } | undefined;
    expect(ads?.conversion('thanks', { value: 10, currency: 'EUR' })).to.equal(false);
    await win.Einlass?.save({ categories: { marketing: true } });
    expect(ads?.conversion('thanks', { value: 10, currency: 'EUR' })).to.equal(true);
    const events = ((win as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer).map((entry) => Array.from(entry)).filter((c) => c[0] === 'event');
    expect(events).to.deep.equal([['event', 'conversion', { send_to: 'AW-987654321/thanks', value: 10, currency: 'EUR' }]]);
  });
});
