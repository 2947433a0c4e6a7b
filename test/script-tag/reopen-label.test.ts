import { expect } from '@esm-bundle/chai';
import { openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { bannerShown, configPage, settle } from '../helpers/site';

// The loader holds no language's texts: the floating button's label is a part of its own per language.
const page = (query: string) => `/test/fixtures/languages.html?${query}`;

/** The einlass files this page view asked for whose name starts so. */
const requested = (win: Window, prefix: string) =>
  win.performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? '').filter((name) => name.startsWith(prefix));

const buttonLabel = (win: Window) => win.document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button')?.getAttribute('aria-label');

/** A repeat visit to `address`, with its button labelled, after a refusal on `decidedOn` (the same page unless given). */
async function repeatVisit(address: string, decidedOn = address, ms = 3000): Promise<FrameWindow> {
  const first = await openFrame(decidedOn);
  await first.win.Einlass?.rejectAll();
  first.frame.remove();
  const { win } = await openFrame(address);
  await until(() => buttonLabel(win) != null, ms);
  return win;
}

describe('the floating button\'s label in the script tag', () => {
  useFixtureFrames();

  it('labels a repeat visit\'s button from its language\'s own small part, without the language\'s texts', async () => {
    const win = await repeatVisit(page('lang=pl'));
    await settle();
    expect(buttonLabel(win)).to.equal('Ustawienia prywatności');
    expect(requested(win, 'einlass-reopen-')).to.deep.equal(['einlass-reopen-pl.js']);
    expect(requested(win, 'einlass-lang-')).to.deep.equal([]);
    expect(requested(win, 'einlass-ui')).to.deep.equal([]);
  });

  it('takes the informal variant\'s part when the config addresses visitors as "du"', async () => {
    const win = await repeatVisit(page('lang=de&informal'));
    await settle();
    expect(requested(win, 'einlass-reopen-')).to.deep.equal(['einlass-reopen-de-informal.js']);
    expect(buttonLabel(win)).to.equal('Datenschutz-Einstellungen');
  });

  it('uses the texts a first visit fetched for its banner, and asks for no label part', async () => {
    const { win } = await openFrame(page('lang=el'));
    await until(() => bannerShown(win.document), 3000);
    await win.Einlass?.acceptAll();
    await until(() => buttonLabel(win) != null, 3000);
    expect(buttonLabel(win)).to.equal('Ρυθμίσεις απορρήτου');
    expect(requested(win, 'einlass-reopen-')).to.deep.equal([]);
  });

  it('falls back to English when the label\'s part cannot be fetched, and still shows the button', async () => {
    // /missing/ serves the loader without any of its parts (test server), as a deploy that forgot them.
    const win = await repeatVisit('/test/fixtures/parts.html?missing', '/test/fixtures/late-config.html');
    expect(buttonLabel(win)).to.equal('Privacy settings');
    expect(win.pageScriptRan).to.equal(true);
  });

  it('takes the site\'s own label from the config\'s texts, and fetches no part for it', async () => {
    const config = { categories: [{ name: 'analytics', title: 'Statistik' }], texts: { de: { reopen: 'Cookie-Einstellungen ändern' } } };
    const win = await repeatVisit(configPage(config));
    await settle();
    expect(buttonLabel(win)).to.equal('Cookie-Einstellungen ändern');
    expect(requested(win, 'einlass-reopen-')).to.deep.equal([]);
  });

  it('shows the button with English\'s label after 3 s when the label\'s part hangs, so withdrawing stays in reach', async () => {
    // /slow/ answers einlass-reopen-*.js after 8 s (test server).
    const win = await repeatVisit('/test/fixtures/parts.html?slow', '/test/fixtures/late-config.html', 6000);
    expect(win.performance.now(), 'not before its 3 s').to.be.above(3000);
    expect(buttonLabel(win)).to.equal('Privacy settings');
  });
});

