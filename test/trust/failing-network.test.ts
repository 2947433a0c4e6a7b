import { expect } from '@esm-bundle/chai';
import { click, shadowOf } from '../helpers/dom';
import { openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { requestedHosts, settle, stub } from '../helpers/network';

interface FailingWindow extends FrameWindow {
  uncaught: string[];
  errors: string[];
  afterHanging?: boolean;
  afterHangingExternal?: boolean;
  analyticsRan?: boolean;
}

describe('when networks fail', () => {
  useFixtureFrames();

  it('keeps the banner, the other services and the page working when gtag.js 404s, matomo.js hangs and YouTube is blocked', async () => {
    await stub({ prefix: 'https://www.googletagmanager.com/', status: 404, body: 'not found' });
    await stub({ prefix: 'https://matomo.example.org/', delayMs: 20_000 });
    await stub({ prefix: 'https://www.youtube-nocookie.com/', abort: true });
    await stub({ prefix: 'https://hanging.analytics.example/', delayMs: 20_000 });
    const { win } = await openFrame('/test/fixtures/failing.html');
    const page = win as FailingWindow;
    const ui = () => win.document.querySelector('einlass-ui')?.shadowRoot;
    await until(() => Boolean(ui()?.querySelector('.banner')));
    click(shadowOf(win.document, 'einlass-ui'), '[data-choice="accept-all"]');
    await settle(500);
    // Fonts load although the others fail or hang.
    expect(await requestedHosts()).to.include.members(['fonts.googleapis.com', 'matomo.example.org', 'www.googletagmanager.com', 'www.youtube-nocookie.com']);
    expect(win.document.querySelector('link[href^="https://fonts.googleapis.com/"]') !== null, 'Google Fonts stylesheet link added').to.equal(true);
    expect(ui()?.querySelector('.banner') === null, 'banner gone').to.equal(true);
    // The settings still open.
    win.Einlass?.showSettings();
    await until(() => Boolean(ui()?.querySelector('dialog[open]')));
    expect(page.uncaught).to.deep.equal([]);
  });

  it('runs the scripts after one whose host hangs, once it has had its time', async () => {
    await stub({ prefix: 'https://hanging.analytics.example/', delayMs: 20_000 });
    const { win } = await openFrame('/test/fixtures/failing.html');
    await win.Einlass?.save({ categories: { analytics: true } });
    await settle(500);
    expect((win as FailingWindow).afterHanging).to.equal(undefined);
    await until(() => (win as FailingWindow).afterHanging === true, 5000);
  });

  it('runs an external script after one whose host hangs, within the 3 s it promises (the browser keeps no order of its own)', async () => {
    await stub({ prefix: 'https://hanging.analytics.example/', delayMs: 20_000 });
    await stub({ prefix: 'https://after.analytics.example/', body: 'window.afterHangingExternal = true;' });
    const { win } = await openFrame('/test/fixtures/failing.html');
    await win.Einlass?.save({ categories: { analytics: true } });
    await until(() => (win as FailingWindow).afterHangingExternal === true, 4500);
  });

  it('applies a stored decision and keeps the page working when einlass\'s own interface part cannot be loaded', async () => {
    const first = await openFrame('/test/fixtures/parts.html?missing');
    const page = first.win as FailingWindow;
    await until(() => page.errors.some((e) => e.includes('the interface part could not be loaded')));
    expect(page.pageScriptRan).to.equal(true);
    expect(page.analyticsRan).to.equal(undefined);
    first.frame.remove();
    // A decision made elsewhere (another page of the site, same category names) still applies on the next page view.
    const elsewhere = await openFrame('/test/fixtures/late-config.html');
    await elsewhere.win.Einlass?.save({ categories: { analytics: true } });
    elsewhere.frame.remove();
    const next = await openFrame('/test/fixtures/parts.html?missing');
    await until(() => (next.win as FailingWindow).analyticsRan === true);
    expect(next.win.pageScriptRan).to.equal(true);
  });
});
