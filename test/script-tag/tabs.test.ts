import { expect } from '@esm-bundle/chai';
import { click } from '../helpers/dom';
import { until, useFixtureFrames } from '../helpers/frames';
import { configPage, openDialog, visit } from '../helpers/site';

describe('settings open in one tab while another decides', () => {
  useFixtureFrames();

  it('follow the other tab\'s withdrawal, so "Save selection" on the old switches cannot undo it', async () => {
    // Without a reload on withdrawal: the page's own gated script would otherwise reload B, dialog and all.
    const page = configPage({
      reloadOnWithdraw: false,
      categories: [{ name: 'analytics', title: 'Statistik' }, { name: 'marketing', title: 'Marketing' }],
      services: [{ name: 'matomo', category: 'analytics' }, { name: 'google-ads', category: 'marketing' }],
    });
    const a = await visit(page);
    await a.win.Einlass?.acceptAll();
    const b = await visit(page);
    expect(b.win.Einlass?.isGranted('analytics')).to.equal(true);
    b.win.Einlass?.showSettings();
    await until(() => openDialog(b.win.document) !== null, 3000);
    const switchOf = (name: string) => openDialog(b.win.document)?.querySelector(`[role="switch"][aria-labelledby="einlass-category-${name}"]`);
    expect(switchOf('analytics')?.getAttribute('aria-checked')).to.equal('true');

    // Tab A withdraws while B's dialog is open.
    await a.win.Einlass?.rejectAll();
    await until(() => b.win.Einlass?.isGranted('analytics') === false, 3000);
    await until(() => switchOf('analytics')?.getAttribute('aria-checked') === 'false', 2000);

    // B's visitor saves what the dialog shows now: the withdrawal stands in both tabs.
    click(b.win.document.querySelector('einlass-ui')?.shadowRoot ?? b.win.document, 'dialog[open] [data-choice="save"]');
    await until(() => openDialog(b.win.document) === null, 3000);
    expect(b.win.Einlass?.isGranted('analytics')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.win.Einlass?.isGranted('analytics')).to.equal(false);
    expect(a.win.Einlass?.isGranted('marketing')).to.equal(false);
  });
});
