import { expect } from '@esm-bundle/chai';
import { siteConfig } from '../helpers/config';
import { click, shadowOf } from '../helpers/dom';
import { mount, unmountAll } from '../helpers/ui';

const reopenButton = () => document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button') ?? null;
const clickReopen = () => { click(shadowOf(document, 'einlass-reopen'), 'button'); };

describe('reopening the settings', () => {
  afterEach(unmountAll);

  it('shows a labelled floating button once the visitor has decided, and not with the banner', async () => {
    document.documentElement.lang = 'de';
    const ui = await mount();
    expect(reopenButton() === null, 'no floating button while the banner shows').to.equal(true);
    ui.button('accept-all').click();
    await ui.settle();
    expect(reopenButton()?.getAttribute('aria-label')).to.equal('Datenschutz-Einstellungen');
    expect(reopenButton() ? getComputedStyle(reopenButton() as Element).position : '').to.equal('fixed');
  });

  it('withdraws in as many clicks as consent is given from the same page', async () => {
    const ui = await mount();
    ui.button('reject-all').click();
    await ui.settle();
    // Giving consent later: floating button, then "Accept all".
    clickReopen();
    await ui.settle();
    ui.button('accept-all').click();
    await ui.settle();
    expect(ui.einlass.isGranted('marketing')).to.equal(true);
    // Withdrawing: floating button, then "Reject all".
    clickReopen();
    await ui.settle();
    expect(reopenButton() === null, 'no floating button while the banner shows').to.equal(true);
    ui.button('reject-all').click();
    await ui.settle();
    expect(ui.einlass.isGranted('marketing')).to.equal(false);
  });

  it('can be left out by the site owner', async () => {
    const ui = await mount({ ...siteConfig, floatingButton: false });
    ui.button('accept-all').click();
    await ui.settle();
    expect(document.querySelector('einlass-reopen') === null, 'no einlass-reopen element').to.equal(true);
  });

  it('moves to the bottom right when the config asks, clear of a footer link on the left', async () => {
    const ui = await mount({ ...siteConfig, floatingButton: 'right' });
    ui.button('accept-all').click();
    await ui.settle();
    const box = reopenButton()?.getBoundingClientRect();
    expect(Math.round(innerWidth - (box?.right ?? 0)), 'one em from the right edge').to.equal(16);
    expect(Math.round(innerHeight - (box?.bottom ?? 0)), 'one em from the bottom').to.equal(16);
  });
});
