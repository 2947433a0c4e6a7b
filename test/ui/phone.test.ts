import { expect } from '@esm-bundle/chai';
import { openFrame, until, useFixtureFrames } from '../helpers/frames';
import { banner, configPage, openDialog } from '../helpers/site';

// The demo's config: its six integrations, each in its own category, as README's quick start has them.
const DEMO = {
  privacyPolicy: '/datenschutz',
  imprint: '/impressum',
  integrations: {
    matomo: { url: 'https://matomo.example.org/', siteId: 1 },
    googleAnalytics: { id: 'G-DEMO2026' },
    googleAds: { id: 'AW-123456789', remarketing: true },
    googleTagManager: { id: 'GTM-DEMO26' },
    youtube: true,
    googleFonts: { families: ['Roboto:wght@400;700'] },
  },
};
const PHONE = { width: 375, height: 740 };
const PHONES = [PHONE, { width: 320, height: 568 }];
const inView = (box: DOMRect | undefined, win: Window) => box !== undefined && box.top >= 0 && box.left >= 0 && box.bottom <= win.innerHeight && box.right <= win.innerWidth;

describe('on a phone', () => {
  useFixtureFrames();

  for (const size of PHONES) {
    it(`shows every choice of the banner without scrolling, and no page wider than the screen, at ${String(size.width)}×${String(size.height)}`, async () => {
      const { win } = await openFrame(configPage(DEMO), size);
      await until(() => banner(win.document) !== null, 3000);
      const buttons = [...(banner(win.document)?.querySelectorAll('button') ?? [])];
      expect(buttons.map((b) => inView(b.getBoundingClientRect(), win))).to.deep.equal([true, true, true]);
      expect(win.document.documentElement.scrollWidth).to.be.at.most(size.width);
    });

    it(`keeps the settings' choices in view however long the list, with the focus on the heading, at ${String(size.width)}×${String(size.height)}`, async () => {
      const { win } = await openFrame(configPage(DEMO), size);
      win.Einlass?.showSettings();
      await until(() => openDialog(win.document) !== null, 3000);
      const dialog = openDialog(win.document);
      expect((dialog?.scrollHeight ?? 0) > (dialog?.clientHeight ?? 0), 'the list is longer than the screen').to.equal(true);
      const save = dialog?.querySelector('[data-choice="save"]')?.getBoundingClientRect();
      expect(inView(save, win), 'Save selection in view before any scrolling').to.equal(true);
      expect(inView(dialog?.getBoundingClientRect(), win), 'the dialog within the screen').to.equal(true);
      expect(win.document.querySelector('einlass-ui')?.shadowRoot?.activeElement?.localName, 'focus on the heading, not on ×').to.equal('h2');
    });
  }

  it('keeps the banner to at most 40 % of a 375×740 screen with the demo\'s config, in German and English', async () => {
    for (const lang of ['de', 'en']) {
      const { win, frame } = await openFrame(`${configPage(DEMO)}&lang=${lang}`, PHONE);
      await until(() => banner(win.document) !== null, 3000);
      const share = (banner(win.document)?.getBoundingClientRect().height ?? 1000) / win.innerHeight;
      expect(Math.round(share * 100), lang).to.be.at.most(40);
      frame.remove();
    }
  });

  it('fits the cookie declaration into a phone\'s width, one block per service, and into a desktop\'s text column', async () => {
    const declaration = '<main style="max-width:40em;margin:0 auto"><div data-einlass-declaration></div></main>';
    for (const size of [PHONE, { width: 1280, height: 800 }]) {
      const { win, frame } = await openFrame(configPage(DEMO, declaration), size);
      await until(() => win.document.querySelector('[data-einlass-declaration] tbody') !== null, 5000);
      expect(win.document.documentElement.scrollWidth, `page width at ${String(size.width)}`).to.be.at.most(size.width);
      const column = win.document.querySelector('main')?.getBoundingClientRect();
      const table = win.document.querySelector('[data-einlass-declaration] .scroll')?.getBoundingClientRect();
      expect(Math.round(table?.right ?? Infinity), 'inside its column').to.be.at.most(Math.round(column?.right ?? 0));
      const row = win.document.querySelector('[data-einlass-declaration] tr');
      if (size.width < 600 && row) expect(win.getComputedStyle(row).display, 'a block per service').to.equal('block');
      frame.remove();
    }
  });

  for (const size of PHONES) {
    it(`shows all of a video placeholder at ${String(size.width)} px, with buttons a thumb can hit`, async () => {
      const video = '<iframe data-src="https://www.youtube.com/embed/M7lc1UVf-VE" width="560" height="315" title="Video"></iframe>';
      const { win } = await openFrame(configPage(DEMO, video), size);
      await until(() => win.document.querySelector('einlass-placeholder')?.shadowRoot?.querySelector('.placeholder') != null, 3000);
      const box = win.document.querySelector('einlass-placeholder')?.shadowRoot?.querySelector('.placeholder');
      expect((box?.scrollHeight ?? 0) - (box?.clientHeight ?? 0), 'nothing clipped').to.be.at.most(1);
      expect(Math.round(box?.getBoundingClientRect().right ?? Infinity)).to.be.at.most(size.width);
      const heights = [...(box?.querySelectorAll('button') ?? [])].map((b) => b.getBoundingClientRect().height);
      expect(heights.length === 2 && heights.every((h) => h >= 40), JSON.stringify(heights)).to.equal(true);
      expect(box?.textContent, 'the provider by name, its address in the details').to.include('Google Ireland Limited').and.not.include('Gordon House');
    });
  }

  it('stays compact on a desktop at 200 % zoom (640×400 CSS pixels), every choice in view', async () => {
    const { win } = await openFrame(configPage(DEMO), { width: 640, height: 400 });
    await until(() => banner(win.document) !== null, 3000);
    const box = banner(win.document)?.getBoundingClientRect();
    expect(Math.round(((box?.height ?? 400) / win.innerHeight) * 100)).to.be.at.most(60);
    expect([...(banner(win.document)?.querySelectorAll('button') ?? [])].map((b) => inView(b.getBoundingClientRect(), win))).to.deep.equal([true, true, true]);
  });
});
