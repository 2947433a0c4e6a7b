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

  it('leaves a category without services out of the banner and the settings, and says so in the console', async () => {
    const { win } = await visit(configPage({
      categories: [{ name: 'analytics', title: 'Statistik' }, { name: 'marketing', title: 'Marketing' }],
      integrations: { matomo: { url: 'https://matomo.example.org/', siteId: 1 } },
    }));
    await until(() => banner(win.document) !== null, 3000);
    expect(banner(win.document)?.textContent).to.include('Statistik').and.not.include('Marketing');
    expect(warningsOf(win).join('\n')).to.include('the category "marketing" has no service');
    win.Einlass?.showSettings();
    await until(() => openDialog(win.document) !== null, 3000);
    expect(openDialog(win.document)?.querySelectorAll('.category')).to.have.length(2);
    expect(openDialog(win.document)?.textContent).not.to.include('Marketing');
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
