import { expect } from '@esm-bundle/chai';
import { openFrame, until, useFixtureFrames } from '../helpers/frames';
import { bannerShown, configPage, settle } from '../helpers/site';

// README, Deployment: a site that serves einlass with long cache headers may hint the first
// visit's parts, so they come with the loader instead of after it.
const PRELOADS = ['einlass-ui.js', 'einlass-embed.js', 'einlass-lang-de.js'].map((file) => `<link rel="modulepreload" href="/dist/${file}">`).join('');
const PAGE = configPage({ categories: [{ name: 'analytics', title: 'Statistik' }] }, PRELOADS);

/** How often the page asked for a file, by any address that names it. */
const requests = (win: Window, file: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.includes(file)).length;

describe('the script tag with <link rel="modulepreload"> for its first-visit parts', () => {
  useFixtureFrames();

  it('shows the banner from the preloaded parts, each fetched once, and still decides', async () => {
    const { win } = await openFrame(PAGE);
    await until(() => bannerShown(win.document));
    expect(['einlass-ui.js', 'einlass-embed.js', 'einlass-lang-de.js'].map((file) => requests(win, file))).to.deep.equal([1, 1, 1]);
    expect(win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('[data-choice="reject-all"]')?.textContent).to.equal('Alle ablehnen');
    await win.Einlass?.rejectAll();
    expect(win.Einlass?.$decided.get()).to.equal(true);
    expect(win.errors ?? []).to.deep.equal([]);
  });

  it('keeps a repeat visit bannerless, though the hints still fetch the parts (from the cache on a real site)', async () => {
    const first = await openFrame(PAGE);
    await until(() => bannerShown(first.win.document));
    await first.win.Einlass?.acceptAll();
    first.frame.remove();
    const repeat = await openFrame(PAGE);
    await until(() => repeat.win.document.querySelector('einlass-reopen') !== null);
    await settle();
    expect(bannerShown(repeat.win.document)).to.equal(false);
    // The cost README states: the page asks for the parts on every view, whether or not it needs them.
    expect(requests(repeat.win, 'einlass-ui.js')).to.equal(1);
    expect(repeat.win.Einlass?.isGranted('analytics')).to.equal(true);
    expect(repeat.win.errors ?? []).to.deep.equal([]);
  });
});
