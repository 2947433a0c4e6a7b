import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames } from '../helpers/frames';
import { banner, configPage, openDialog, settle, visit } from '../helpers/site';

const warningsOf = (win: Window) => (win as unknown as { warnings: string[] }).warnings;
const CONFIG_PAGE = '/test/fixtures/config-page.html';

describe('what the banner asks, and where it may block', () => {
  useFixtureFrames();

  it('shows no banner when a site has nothing but necessary services, and still opens its settings', async () => {
    const { win } = await visit(configPage({ services: [{ name: 'session', category: 'necessary', title: 'Sitzung', cookies: [{ name: 'PHPSESSID', duration: 'Sitzung' }] }] }));
    await settle(400);
    expect(banner(win.document), 'no banner').to.equal(null);
    expect(win.Einlass?.$decided.get(), 'nothing recorded').to.equal(false);
    win.Einlass?.showSettings();
    await until(() => openDialog(win.document) !== null, 3000);
    expect(openDialog(win.document)?.textContent).to.include('Sitzung');
  });

  it('warns about a category that lists no service, and still asks for it: it may gate the page\'s own elements', async () => {
    const { win } = await visit(configPage(
      { categories: [{ name: 'analytics', title: 'Statistik' }, { name: 'marketing', title: 'Marketing' }], integrations: { matomo: { url: 'https://matomo.example.org/', siteId: 1 } } },
      '<script type="text/plain" data-category="marketing">window.marketingRan = true;</script>',
    ));
    await until(() => banner(win.document) !== null, 3000);
    expect(banner(win.document)?.textContent, 'accept all would grant it: the banner must name it').to.include('Marketing');
    expect(warningsOf(win).join('\n')).to.include('the category "marketing" lists no service');
    await win.Einlass?.acceptAll();
    await until(() => (win as unknown as { marketingRan?: boolean }).marketingRan === true);
  });

  it('does not block the privacy policy or the imprint with a modal banner, and blocks other pages', async () => {
    const config = { modal: true, privacyPolicy: CONFIG_PAGE, imprint: '/impressum', integrations: { matomo: { url: 'https://matomo.example.org/', siteId: 1 } } };
    const policy = await visit(configPage(config));
    await until(() => banner(policy.win.document) !== null, 3000);
    expect(policy.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('dialog.modal-banner'), 'on the policy: the ordinary banner').to.equal(null);
    policy.leave();
    const other = await visit(configPage({ ...config, privacyPolicy: '/datenschutz' }));
    await until(() => banner(other.win.document) !== null, 3000);
    expect(other.win.document.querySelector('einlass-ui')?.shadowRoot?.querySelector('dialog.modal-banner')?.matches(':modal')).to.equal(true);
  });
});
