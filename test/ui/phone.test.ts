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
const PHONES = [{ width: 375, height: 740 }, { width: 320, height: 568 }];
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
      const { win, frame } = await openFrame(`${configPage(DEMO)}&lang=${lang}`, PHONES[0]);
      await until(() => banner(win.document) !== null, 3000);
      const share = (banner(win.document)?.getBoundingClientRect().height ?? 1000) / win.innerHeight;
      expect(Math.round(share * 100), lang).to.be.at.most(40);
      frame.remove();
    }
  });
});
