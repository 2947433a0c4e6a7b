import { expect } from '@esm-bundle/chai';
import { readCookie } from './helpers/cookies';
import { click, shadowOf } from './helpers/dom';
import { openFrame, until, useFixtureFrames } from './helpers/frames';

describe('script tag (dist/einlass.js)', () => {
  useFixtureFrames();

  it('reads the inline JSON config, starts by itself and exposes window.Einlass', async () => {
    const { win } = await openFrame('/test/fixtures/script-tag.html');
    const einlass = win.Einlass;
    expect(einlass?.config.services.map((s) => s.name)).to.deep.equal(['matomo', 'google-analytics', 'google-ads', 'youtube']);
    expect(einlass?.$decided.get()).to.equal(false);
    await einlass?.save({ categories: { analytics: true } });
    expect(readCookie('einlass', win.document)).to.match(/^1\.[0-9a-f-]{36}\./);
  });

  it('restores the decision on the next page view', async () => {
    const first = await openFrame('/test/fixtures/script-tag.html');
    await first.win.Einlass?.save({ services: { youtube: true } });
    first.frame.remove();
    const second = await openFrame('/test/fixtures/script-tag.html');
    expect(second.win.Einlass?.$decided.get()).to.equal(true);
    expect(second.win.Einlass?.isServiceGranted('youtube')).to.equal(true);
    expect(second.win.Einlass?.isServiceGranted('matomo')).to.equal(false);
  });

  it('finds a config block that comes after the script', async () => {
    const { win } = await openFrame('/test/fixtures/late-config.html');
    expect(win.Einlass?.config.categories.map((c) => c.name)).to.deep.equal(['necessary', 'analytics']);
  });

  it('reports an invalid config by field, grants nothing and leaves the page working', async () => {
    const { win } = await openFrame('/test/fixtures/broken-config.html');
    expect(win.Einlass === undefined, 'window.Einlass is not set').to.equal(true);
    expect(win.pageScriptRan).to.equal(true);
    expect(win.errors?.[0]).to.contain('categories[0].title: expected a string or an object of strings by language');
    expect(win.errors?.[0]).to.contain('gpc: expected true or false, got "yes"');
    expect(readCookie('einlass')).to.equal(undefined);
  });

  it('reports a config block that is not JSON', async () => {
    const { win } = await openFrame('/test/fixtures/not-json.html');
    expect(win.Einlass === undefined, 'window.Einlass is not set').to.equal(true);
    expect(win.errors?.[0]).to.contain('einlass: the config block is not valid JSON');
  });

  it('fetches the interface part for the banner on a first visit, and never on a repeat visit', async () => {
    const uiRequests = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/einlass-ui.js')).length;
    const first = await openFrame('/test/fixtures/script-tag.html');
    const banner = () => first.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner');
    await until(() => Boolean(banner()));
    expect(banner()?.querySelector('h2')?.textContent).to.equal('Datenschutz-Einstellungen');
    expect(uiRequests(first.win)).to.equal(1);
    click(banner(), '[data-choice="reject-all"]', 'the banner');
    first.frame.remove();

    const repeat = await openFrame('/test/fixtures/script-tag.html');
    await until(() => Boolean(repeat.win.document.querySelector('einlass-reopen')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(repeat.win.Einlass?.$record.get()?.action).to.equal('reject-all');
    expect(uiRequests(repeat.win)).to.equal(0);
    expect(Boolean(repeat.win.document.querySelector('einlass-ui'))).to.equal(false);

    // Reopening from the floating button fetches it then.
    click(shadowOf(repeat.win.document, 'einlass-reopen'), 'button');
    await until(() => Boolean(repeat.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('dialog[open]')));
    expect(uiRequests(repeat.win)).to.equal(1);
  });

  it('asks for the embed part and the page\'s language together with the interface part, not after it has arrived', async () => {
    const { win } = await openFrame('/test/fixtures/parts.html?slow');
    await until(() => Boolean(win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner')));
    const timing = (file: string) => win.performance.getEntriesByType('resource').find((e) => e.name.endsWith(file)) as PerformanceResourceTiming | undefined;
    const ui = timing('/slow/einlass-ui.js');
    // The interface part takes 300 ms to arrive; found only in it, the others would be asked for after that.
    expect(ui && ui.responseEnd - ui.startTime >= 250).to.equal(true);
    for (const part of ['/slow/einlass-embed.js', '/slow/einlass-lang-de.js']) {
      expect((timing(part)?.startTime ?? Infinity) < (ui?.responseEnd ?? 0), part).to.equal(true);
    }
    // Only the language the page shows.
    expect(timing('/slow/einlass-lang-en.js') === undefined, 'no English texts fetched').to.equal(true);
  });

  it('shows the banner without Preact, and fetches the settings\' code only when they are opened', async () => {
    const fetched = (win: Window, part: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/dist/${part}`)).length;
    const { win } = await openFrame('/test/fixtures/script-tag.html');
    const root = () => win.document.querySelector('einlass-ui')?.shadowRoot;
    await until(() => Boolean(root()?.querySelector('.banner')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([fetched(win, 'einlass-ui.js'), fetched(win, 'einlass-settings.js'), fetched(win, 'einlass-preact.js')]).to.deep.equal([1, 0, 0]);
    click(root(), '.banner [data-choice="settings"]');
    await until(() => Boolean(root()?.querySelector('dialog.settings[open]')));
    expect([fetched(win, 'einlass-settings.js'), fetched(win, 'einlass-preact.js')]).to.deep.equal([1, 1]);
    // The settings decide as they did: the banner goes with the decision.
    click(root(), 'dialog.settings [data-choice="reject-all"]');
    await until(() => !root()?.querySelector('.banner') && !root()?.querySelector('dialog.settings'));
    expect(win.Einlass?.$record.get()?.action).to.equal('reject-all');
  });

  it('fills a cookie declaration from its own part, on a repeat visit too, and fetches that part for no other page', async () => {
    const requested = (win: Window, file: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(file)).length;
    const first = await openFrame('/test/fixtures/script-tag.html');
    await first.win.Einlass?.rejectAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requested(first.win, '/dist/einlass-declaration.js')).to.equal(0);
    first.frame.remove();

    const policy = await openFrame('/test/fixtures/script-tag.html?declaration');
    const rows = () => [...policy.win.document.querySelectorAll('#declaration tbody tr')].map((row) => row.firstElementChild?.textContent ?? '');
    await until(() => rows().length > 0);
    expect(rows()).to.deep.equal(['Einwilligungsverwaltung', 'matomo', 'google-analytics', 'google-ads', 'youtube']);
    expect(requested(policy.win, '/dist/einlass-declaration.js')).to.equal(1);
    expect(Boolean(policy.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner'))).to.equal(false);
  });

  it('answers on a repeat visit without the interface part, and fetches it for an action', async () => {
    const uiRequests = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/einlass-ui.js')).length;
    const first = await openFrame('/test/fixtures/script-tag.html');
    await first.win.Einlass?.save({ categories: { analytics: true } });
    first.frame.remove();

    const repeat = await openFrame('/test/fixtures/script-tag.html');
    const einlass = repeat.win.Einlass;
    // The config is there at once: the loader reads it with the same normaliser as the interface part.
    expect(einlass?.config.services.map((s) => s.name)).to.include('matomo');
    expect([einlass?.isGranted('analytics'), einlass?.isServiceGranted('matomo'), einlass?.isGranted('marketing')]).to.deep.equal([true, true, false]);
    expect(uiRequests(repeat.win)).to.equal(0);

    const record = await einlass?.rejectAll();
    expect(record?.action).to.equal('reject-all');
    expect(einlass?.isGranted('analytics')).to.equal(false);
    expect(readCookie('einlass', repeat.win.document)?.split('.')[5]).to.equal('r');
    expect(uiRequests(repeat.win)).to.equal(1);
    // The part took over: no banner, since the visitor just decided.
    expect(repeat.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner') === null, 'no banner in the einlass-ui shadow root').to.equal(true);
  });

  it('stops on destroy() what the loader started, without fetching the interface part', async () => {
    const first = await openFrame('/test/fixtures/script-tag.html');
    await first.win.Einlass?.acceptAll();
    first.frame.remove();
    const repeat = await openFrame('/test/fixtures/script-tag.html');
    await until(() => repeat.win.document.querySelector('einlass-reopen') !== null);
    repeat.win.Einlass?.destroy();
    expect(repeat.win.document.querySelector('einlass-reopen') === null, 'floating button gone').to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(repeat.win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/einlass-ui.js')).length).to.equal(0);
  });

  it('shows placeholders on a repeat visit from the small embed part, without the interface part', async () => {
    const fetched = (win: Window, part: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/dist/${part}`)).length;
    const placeholders = (win: Window) => [...win.document.querySelectorAll('einlass-placeholder')].map((host) => host.shadowRoot);

    // First visit: the interface part brings the banner; the placeholders come from the embed part, which it imports.
    const first = await openFrame('/test/fixtures/script-tag.html?video');
    await until(() => placeholders(first.win).length === 1 && Boolean(first.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner')));
    expect([fetched(first.win, 'einlass-ui.js'), fetched(first.win, 'einlass-embed.js')]).to.deep.equal([1, 1]);
    await first.win.Einlass?.rejectAll();
    first.frame.remove();

    // Repeat visit with the video refused: only the embed part, and the same placeholder.
    const repeat = await openFrame('/test/fixtures/script-tag.html?video');
    await until(() => placeholders(repeat.win).length === 1);
    const shown = placeholders(repeat.win)[0];
    expect(shown?.textContent).to.contain('Externer Inhalt: youtube');
    expect(shown?.textContent).to.contain('an Google Ireland Limited übertragen');
    expect(shown?.querySelector('[data-choice="load-once"]')?.textContent).to.equal('Einmal laden');
    expect(shown?.adoptedStyleSheets).to.have.length(1);
    expect(repeat.win.getComputedStyle(repeat.win.document.getElementById('video') ?? repeat.win.document.body).display).to.equal('none');
    expect([fetched(repeat.win, 'einlass-ui.js'), fetched(repeat.win, 'einlass-embed.js')]).to.deep.equal([0, 1]);

    // Opening the settings then fetches the interface part, which leaves the placeholders to the embed part.
    repeat.win.Einlass?.showSettings();
    await until(() => Boolean(repeat.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('dialog[open]')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(placeholders(repeat.win)).to.have.length(1);

    // "Always allow" in the embed part's placeholder grants the service and loads the video.
    click(placeholders(repeat.win)[0], '[data-choice="always-allow"]', 'the placeholder');
    await until(() => placeholders(repeat.win).length === 0);
    expect(repeat.win.Einlass?.isServiceGranted('youtube')).to.equal(true);
    expect(repeat.win.document.getElementById('video')?.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/abcdefghijk');
  });
});
