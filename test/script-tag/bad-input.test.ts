import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { banner, configPage, settle, visit } from '../helpers/site';

const CATEGORIES = [{ name: 'analytics', title: 'Statistik' }];
const errorsOf = (win: FrameWindow) => (win.errors ?? []).join('\n');

describe('bad input on the script tag', () => {
  useFixtureFrames();

  it('reports every problem of the config in one message: unknown integration options and a top-level typo alike', async () => {
    const { win } = await visit(configPage({
      revison: 2,
      categories: CATEGORIES,
      integrations: { matomo: { url: 'https://matomo.example.org', siteID: 1 }, googleAds: { id: 'AW-123456789', remarketting: true } },
    }));
    await until(() => (win.errors?.length ?? 0) > 0, 3000);
    await settle(100);
    expect(win.errors, 'one message').to.have.length(1);
    for (const fault of [
      'integrations.matomo.siteID: expected one of the known keys (url, siteId)',
      'integrations.matomo.siteId: expected a value such as 1',
      'integrations.googleAds.remarketting: expected one of the known keys (id, remarketing)',
      'revison: expected one of the known keys',
    ]) expect(errorsOf(win)).to.include(fault);
    expect(win.Einlass, 'nothing is granted on such a config').to.equal(undefined);
    expect(win.pageScriptRan).to.equal(true);
  });

  it('shows a text override\'s {constructor} as written, not the source of a function', async () => {
    const { win } = await visit(configPage({ categories: CATEGORIES, texts: { de: { bannerTitle: 'Hallo {constructor}' } } }));
    await until(() => banner(win.document) !== null, 3000);
    expect(banner(win.document)?.querySelector('h2')?.textContent).to.equal('Hallo {constructor}');
  });

  it('leaves out a poster whose address cannot be read, and still shows the placeholder and announces itself', async () => {
    const view = visit(configPage(
      { categories: CATEGORIES, integrations: { youtube: true } },
      '<iframe data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x" data-poster="http://[" title="Video"></iframe>',
    ));
    const { win } = await view;
    await until(() => win.document.querySelector('einlass-placeholder')?.shadowRoot?.querySelector('[data-choice="load-once"]') != null, 3000);
    expect(win.document.querySelector('einlass-placeholder')?.shadowRoot?.querySelector('img'), 'no poster').to.equal(null);
    expect(win.errors, 'nothing thrown').to.deep.equal([]);
    expect(win.Einlass?.$view.get(), 'einlass runs on').to.equal('banner');
    expect((win as unknown as { warnings: string[] }).warnings.join('\n')).to.include('data-poster="http://[" is no address');
  });
});
