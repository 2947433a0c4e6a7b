import { expect } from '@esm-bundle/chai';
import { readCookie } from '../helpers/cookies';
import { click, shadowOf } from '../helpers/dom';
import { openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { settle, thirdPartyRequests } from '../helpers/network';

interface CspWindow extends FrameWindow {
  violations: string[];
  inlineRan?: boolean;
  externalRan?: boolean;
}

const NONCE = 'einlass-test-nonce-4f9a';

describe('under a strict Content-Security-Policy', () => {
  useFixtureFrames();

  it('shows the banner and the settings with their styles, and violates nothing', async () => {
    const { win } = await openFrame('/test/fixtures/csp.html');
    const page = win as CspWindow;
    const ui = () => win.document.querySelector('einlass-ui')?.shadowRoot;
    await until(() => Boolean(ui()?.querySelector('.banner')));
    const banner = ui()?.querySelector('.banner');
    expect(banner ? win.getComputedStyle(banner).position : '').to.equal('fixed');
    click(shadowOf(win.document, 'einlass-ui'), '[data-choice="settings"]');
    await until(() => Boolean(ui()?.querySelector('dialog[open]')));
    const dialog = ui()?.querySelector('dialog');
    expect(dialog ? win.getComputedStyle(dialog).borderTopLeftRadius : '').to.not.equal('0px');
    expect(Boolean(win.document.querySelector('einlass-placeholder')?.shadowRoot?.querySelector('.placeholder')), 'placeholder rendered').to.equal(true);
    expect(page.violations).to.deep.equal([]);
  });

  it('gives the nonce to activated scripts, integration scripts and stylesheets, so all of them run', async () => {
    const { win } = await openFrame('/test/fixtures/csp.html');
    const page = win as CspWindow;
    await win.Einlass?.acceptAll();
    await until(() => page.inlineRan === true && page.externalRan === true);
    await settle(300);
    const added = [...win.document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src^="https:"], link[rel="stylesheet"]')];
    expect(added.map((el) => [el.getAttribute('src') ?? el.getAttribute('href'), el.nonce])).to.deep.equal([
      ['https://www.googletagmanager.com/gtag/js?id=G-CSPTEST1', NONCE],
      ['https://fonts.googleapis.com/css2?family=Roboto&display=swap', NONCE],
    ]);
    expect((await thirdPartyRequests()).map((r) => new URL(r.url).hostname).sort()).to.deep.equal(['fonts.googleapis.com', 'www.googletagmanager.com', 'www.youtube-nocookie.com']);
    expect(page.violations).to.deep.equal([]);
  });

  it('works under Trusted Types: "Accept all" from the banner is stored, gated scripts and gtag.js run through the einlass policy, the floating button shows', async () => {
    const { win } = await openFrame('/test/fixtures/csp.html?trusted-types');
    const page = win as CspWindow;
    await until(() => Boolean(win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner')));
    click(shadowOf(win.document, 'einlass-ui'), '.banner [data-choice="accept-all"]');
    await until(() => page.inlineRan === true && page.externalRan === true, 3000);
    expect(readCookie('einlass'), 'the decision is stored').to.be.a('string');
    await until(() => win.document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button svg') != null, 3000);
    await settle(300);
    expect((await thirdPartyRequests()).map((r) => new URL(r.url).hostname)).to.include('www.googletagmanager.com');
    expect(page.violations).to.deep.equal([]);
  });

  it('labels a repeat visit\'s floating button from its own part under Trusted Types, and violates nothing', async () => {
    const first = await openFrame('/test/fixtures/csp.html?trusted-types');
    await first.win.Einlass?.rejectAll();
    first.frame.remove();
    const { win } = await openFrame('/test/fixtures/csp.html?trusted-types');
    await until(() => win.document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button') != null, 3000);
    await settle(300);
    expect(win.document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).to.equal('Datenschutz-Einstellungen');
    expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/einlass-reopen-de.js')), 'the label came from its part').to.equal(true);
    expect((win as CspWindow).violations).to.deep.equal([]);
  });
});
