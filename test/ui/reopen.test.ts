import { expect } from '@esm-bundle/chai';
import { atom } from 'nanostores';
import type { View } from '../../src/core/view';
import { followReopen } from '../../src/ui/reopen-button';
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

  describe('with a label still to be fetched', () => {
    const deferred = () => {
      let resolve: (label: string) => void = () => undefined;
      const promise = new Promise<string>((done) => { resolve = done; });
      return { promise, resolve };
    };
    const buttons = () => document.querySelectorAll('einlass-reopen').length;
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

    it('asks for the label once, waits for it, and shows one button only while the interface shows nothing', async () => {
      const $view = atom<View>(null);
      const label = deferred();
      let asked = 0;
      const stop = followReopen({ config: { floatingButton: 'left' }, $view, showSettings: () => undefined }, () => { asked += 1; return label.promise; });
      expect(buttons(), 'no unnamed button').to.equal(0);
      $view.set('banner');
      $view.set(null);
      $view.set('settings');
      label.resolve('Datenschutz-Einstellungen');
      await tick();
      expect(buttons(), 'none while the settings show').to.equal(0);
      $view.set(null);
      await tick();
      $view.set(null);
      await tick();
      expect([asked, buttons(), reopenButton()?.getAttribute('aria-label')]).to.deep.equal([1, 1, 'Datenschutz-Einstellungen']);
      stop();
      expect(buttons()).to.equal(0);
    });

    it('shows nothing when taken away before its label arrives', async () => {
      const label = deferred();
      const stop = followReopen({ config: { floatingButton: 'left' }, $view: atom<View>(null), showSettings: () => undefined }, () => label.promise);
      stop();
      label.resolve('Datenschutz-Einstellungen');
      await tick();
      expect(buttons()).to.equal(0);
    });
  });
});

