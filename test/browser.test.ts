import { expect } from '@esm-bundle/chai';
import { clearCookies, readCookie } from './helpers/cookies';
import { openFrame } from './helpers/frames';

describe('script tag (dist/einlass.js)', () => {
  beforeEach(clearCookies);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => { f.remove(); });
    clearCookies();
  });

  it('reads the inline JSON config, starts by itself and exposes window.Einlass', async () => {
    const { win } = await openFrame('/test/fixtures/script-tag.html');
    const einlass = win.Einlass;
    expect(einlass?.config.services.map((s) => s.name)).to.deep.equal(['matomo', 'google-analytics', 'google-ads', 'youtube']);
    expect(einlass?.$decided.get()).to.equal(false);
    einlass?.save({ categories: { analytics: true } });
    expect(readCookie('einlass', win.document)).to.match(/^1\.[0-9a-f-]{36}\./);
  });

  it('restores the decision on the next page view', async () => {
    const first = await openFrame('/test/fixtures/script-tag.html');
    first.win.Einlass?.save({ services: { youtube: true } });
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
    expect(win.Einlass).to.equal(undefined);
    expect(win.pageScriptRan).to.equal(true);
    expect(win.errors?.[0]).to.contain('categories[0].title: expected a string or an object of strings by language');
    expect(win.errors?.[0]).to.contain('gpc: expected true or false, got "yes"');
    expect(readCookie('einlass')).to.equal(undefined);
  });

  it('reports a config block that is not JSON', async () => {
    const { win } = await openFrame('/test/fixtures/not-json.html');
    expect(win.Einlass).to.equal(undefined);
    expect(win.errors?.[0]).to.contain('einlass: the config block is not valid JSON');
  });
});
