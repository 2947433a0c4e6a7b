import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { siteConfig } from '../helpers/config';
import { readCookie } from '../helpers/cookies';
import { contrast, focused, mount, unmountAll } from '../helpers/ui';

const STYLE_KEYS = ['width', 'height', 'font-size', 'font-weight', 'font-family', 'color', 'background-color', 'border-top-width', 'border-top-color', 'border-radius', 'padding-top', 'padding-left'];

/** Computed styles, sizes rounded to whole pixels: flex layout leaves sub-pixel differences nobody sees. */
function styleOf(element: Element | null): Record<string, string> {
  const style = element ? getComputedStyle(element) : undefined;
  const value = (key: string) => style?.getPropertyValue(key) ?? '';
  return Object.fromEntries(STYLE_KEYS.map((key) => [key, /^(width|height)$/.test(key) ? String(Math.round(Number.parseFloat(value(key)))) : value(key)]));
}

describe('banner', () => {
  afterEach(unmountAll);

  it('shows on a first visit with accept all, reject all and settings', async () => {
    const ui = await mount(siteConfig, 'en');
    expect(ui.$('.banner h2')?.textContent).to.equal('Privacy settings');
    expect(ui.$$('.banner button').map((b) => b.textContent)).to.deep.equal(['Accept all', 'Reject all', 'Settings']);
  });

  it('gives accept all and reject all the same size, style and a contrast of at least 4.5:1 (R2)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const ui = await mount({ ...siteConfig, theme });
      const accept = styleOf(ui.button('accept-all'));
      const reject = styleOf(ui.button('reject-all'));
      expect(reject, theme).to.deep.equal(accept);
      expect(Number.parseFloat(accept.width ?? '')).to.be.above(100);
      expect(contrast(accept.color ?? '', accept['background-color'] ?? ''), theme).to.be.at.least(4.5);
      expect(contrast(reject.color ?? '', reject['background-color'] ?? ''), theme).to.be.at.least(4.5);
      unmountAll();
    }
  });

  it('decides with one click, and goes away', async () => {
    const ui = await mount();
    ui.button('reject-all').click();
    await ui.settle();
    expect(ui.einlass.$record.get()?.action).to.equal('reject-all');
    expect(ui.$('.banner') === null, 'banner gone').to.equal(true);
  });

  it('has no close button, and Escape or clicks on the page grant nothing (R3)', async () => {
    const ui = await mount();
    expect(ui.$$('.banner button').some((b) => /close|schließen|×/i.test(b.textContent + (b.getAttribute('aria-label') ?? '')))).to.equal(false);
    ui.button('accept-all').focus();
    await sendKeys({ press: 'Escape' });
    document.body.click();
    window.scrollTo(0, 500);
    await ui.settle();
    expect(ui.einlass.$decided.get()).to.equal(false);
    expect(readCookie('einlass')).to.equal(undefined);
    expect(ui.$('.banner') !== null, 'banner still there').to.equal(true);
  });

  it('names the purposes and the transfer outside the EU on the first layer (R5)', async () => {
    const ui = await mount(siteConfig, 'de');
    const text = ui.$('#einlass-banner-text')?.textContent ?? '';
    expect(text).to.contain('Statistik, Marketing und Externe Medien');
    expect(text).to.contain('außerhalb der EU: USA.');
  });

  it('keeps the privacy policy and imprint usable while it is open (R6)', async () => {
    const ui = await mount(siteConfig, 'de');
    const links = ui.$$('.banner a');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([['Datenschutzerklärung', '/datenschutz'], ['Impressum', '/impressum']]);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(ui.root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === link, link.textContent).to.equal(true);
      link.focus();
      expect(ui.root.activeElement === link).to.equal(true);
    }
  });

  it('leaves the page usable: no wall over the page unless the site asks for one', async () => {
    const page = document.createElement('a');
    page.href = '#top';
    page.textContent = 'page link';
    page.style.cssText = 'position:fixed;top:10px;left:10px';
    document.body.append(page);
    try {
      await mount();
      expect(document.elementFromPoint(15, 15) === page).to.equal(true);
    } finally {
      page.remove();
    }
  });

  it('blocks the page in a modal dialog when the site asks for it, and Escape does not close it', async () => {
    const ui = await mount({ ...siteConfig, modal: true });
    const dialog = ui.dialog('dialog.modal-banner');
    expect(dialog?.open).to.equal(true);
    expect(dialog?.matches(':modal')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await ui.settle();
    expect(ui.dialog('dialog.modal-banner')?.open).to.equal(true);
    expect(ui.einlass.$decided.get()).to.equal(false);
  });

  it('puts the focus of a modal banner on its heading, never on a choice, even without links (one stray Enter accepts nothing)', async () => {
    const field = document.createElement('input');
    field.autofocus = true;
    document.body.append(field);
    field.focus();
    try {
      const ui = await mount({ ...siteConfig, privacyPolicy: undefined, imprint: undefined, modal: true });
      expect(focused()?.tagName).to.equal('H2');
      await sendKeys({ press: 'Enter' });
      await ui.settle();
      expect(ui.einlass.$decided.get()).to.equal(false);
    } finally {
      field.remove();
    }
  });

  it('causes no layout shift (CLS 0)', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    const before = shifts.length;
    const content = document.createElement('div');
    content.innerHTML = '<h1>Beispiel GmbH</h1><p>Lorem ipsum dolor sit amet.</p>'.repeat(5);
    document.body.append(content);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ui = await mount();
    await new Promise((resolve) => setTimeout(resolve, 300));
    ui.button('settings').click();
    await ui.settle();
    observer.disconnect();
    content.remove();
    expect(shifts.slice(before).reduce((sum, value) => sum + value, 0)).to.equal(0);
  });
});

describe('style isolation', () => {
  afterEach(unmountAll);

  it('survives a hostile site stylesheet', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { all: unset !important } button { display: none !important } html { font-size: 80px !important } einlass-ui { display: none !important }';
    document.head.append(hostile);
    try {
      const ui = await mount();
      const accept = ui.button('accept-all');
      const style = getComputedStyle(accept);
      expect(style.display).to.not.equal('none');
      expect(style.fontSize).to.equal('16px');
      expect(accept.getBoundingClientRect().height).to.be.within(40, 60);
      expect(ui.$('.banner') ? getComputedStyle(ui.$('.banner') ?? document.body).position : '').to.equal('fixed');
      accept.click();
      expect(ui.einlass.$record.get()?.action).to.equal('accept-all');
    } finally {
      hostile.remove();
    }
  });

  it('does not leak its CSS into the page', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<h2 class="banner">x</h2><button class="choice">y</button><p class="links">z</p>';
    document.body.append(probe);
    const snapshot = () => [...probe.children].map((el) => styleOf(el));
    const before = snapshot();
    try {
      await mount();
      expect(snapshot()).to.deep.equal(before);
    } finally {
      probe.remove();
    }
  });

  it('takes the site\'s colours from --einlass-* custom properties', async () => {
    const theme = document.createElement('style');
    theme.textContent = ':root { --einlass-accent: rgb(0, 90, 40); --einlass-font: Georgia, serif; }';
    document.head.append(theme);
    try {
      const ui = await mount({ ...siteConfig, theme: 'light' });
      const accept = ui.button('accept-all');
      expect(getComputedStyle(accept).backgroundColor).to.equal('rgb(0, 90, 40)');
      expect(getComputedStyle(ui.$('.banner') ?? document.body).fontFamily).to.equal('Georgia, serif');
    } finally {
      theme.remove();
    }
  });

  it('follows the visitor\'s colour scheme in the auto theme, and the site\'s choice otherwise', async () => {
    const dark = await mount({ ...siteConfig, theme: 'dark' });
    const darkBg = getComputedStyle(dark.$('.banner') ?? document.body).backgroundColor;
    unmountAll();
    const light = await mount({ ...siteConfig, theme: 'light' });
    const lightBg = getComputedStyle(light.$('.banner') ?? document.body).backgroundColor;
    unmountAll();
    const auto = await mount(siteConfig);
    const autoBg = getComputedStyle(auto.$('.banner') ?? document.body).backgroundColor;
    expect(lightBg).to.equal('rgb(255, 255, 255)');
    expect(darkBg).to.equal('rgb(27, 31, 39)');
    expect(autoBg).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? darkBg : lightBg);
  });

  it('takes a real click through a transparent page layer at the highest z-index, from the top layer', async () => {
    // A chat widget's or promotion's overlay, as sites have them.
    const overlay = document.createElement('div');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent';
    let caught = 0;
    overlay.addEventListener('click', () => { caught++; });
    document.body.append(overlay);
    try {
      const ui = await mount(siteConfig, 'en');
      const box = ui.button('accept-all').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await ui.settle();
      expect({ decided: ui.einlass.$decided.get(), overlayClicks: caught }).to.deep.equal({ decided: true, overlayClicks: 0 });
    } finally {
      overlay.remove();
    }
  });
});
