import { expect } from '@esm-bundle/chai';
import { openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { bannerShown, configPage, settle } from '../helpers/site';

// The loader holds no language's texts: the floating button's label is a part of its own per language.
const page = (query: string) => `/test/fixtures/languages.html?${query}`;

/** The einlass files this page view asked for whose name starts so. */
const requested = (win: Window, prefix: string) =>
  win.performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? '').filter((name) => name.startsWith(prefix));

const buttonLabel = (win: Window) => win.document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button')?.getAttribute('aria-label');

async function decidedThenAgain(query: string): Promise<FrameWindow> {
  const first = await openFrame(page(query));
  await until(() => bannerShown(first.win.document), 3000);
  await first.win.Einlass?.rejectAll();
  first.frame.remove();
  const { win } = await openFrame(page(query));
  await until(() => buttonLabel(win) != null, 3000);
  await settle();
  return win;
}

describe('the floating button\'s label in the script tag', () => {
  useFixtureFrames();

  it('labels a repeat visit\'s button from its language\'s own small part, without the language\'s texts', async () => {
    const win = await decidedThenAgain('lang=pl');
    expect(buttonLabel(win)).to.equal('Ustawienia prywatności');
    expect(requested(win, 'einlass-reopen-')).to.deep.equal(['einlass-reopen-pl.js']);
    expect(requested(win, 'einlass-lang-')).to.deep.equal([]);
    expect(requested(win, 'einlass-ui')).to.deep.equal([]);
  });

  it('takes the informal variant\'s part when the config addresses visitors as "du"', async () => {
    const win = await decidedThenAgain('lang=de&informal');
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
    const first = await openFrame('/test/fixtures/late-config.html');
    await first.win.Einlass?.save({ categories: { analytics: true } });
    first.frame.remove();
    const { win } = await openFrame('/test/fixtures/parts.html?missing');
    await until(() => buttonLabel(win) != null, 3000);
    expect(buttonLabel(win)).to.equal('Privacy settings');
    expect(win.pageScriptRan).to.equal(true);
  });

  it('takes the site\'s own label from the config\'s texts, and fetches no part for it', async () => {
    const config = { categories: [{ name: 'analytics', title: 'Statistik' }], texts: { de: { reopen: 'Cookie-Einstellungen ändern' } } };
    const first = await openFrame(configPage(config));
    await first.win.Einlass?.rejectAll();
    first.frame.remove();
    const { win } = await openFrame(configPage(config));
    await until(() => buttonLabel(win) != null, 3000);
    await settle();
    expect(buttonLabel(win)).to.equal('Cookie-Einstellungen ändern');
    expect(requested(win, 'einlass-reopen-')).to.deep.equal([]);
  });

  it('shows the button with English\'s label after 3 s when the label\'s part hangs, so withdrawing stays in reach', async () => {
    // /slow/ answers einlass-reopen-*.js after 8 s (test server).
    const first = await openFrame('/test/fixtures/late-config.html');
    await first.win.Einlass?.save({ categories: { analytics: true } });
    first.frame.remove();
    const { win } = await openFrame('/test/fixtures/parts.html?slow');
    const opened = performance.now();
    await until(() => buttonLabel(win) != null, 6000);
    expect(performance.now() - opened, 'not before its 3 s').to.be.above(2500);
    expect(buttonLabel(win)).to.equal('Privacy settings');
  });
});

