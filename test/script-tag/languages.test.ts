import { expect } from '@esm-bundle/chai';
import { LANGUAGES } from '../../src/core/language';
import { openFrame, until, useFixtureFrames } from '../helpers/frames';
import { banner, bannerShown } from '../helpers/site';

const page = (query: string) => `/test/fixtures/languages.html?${query}`;
const PHONE = { width: 375, height: 740 };

async function bannerOf(query: string, size?: typeof PHONE) {
  const { win } = await openFrame(page(query), size);
  await until(() => bannerShown(win.document), 3000);
  return { win, banner: banner(win.document) as HTMLElement };
}

/** The texts of what overflows its box, or leaves the screen, in a banner. */
function overflowing(win: Window, root: HTMLElement): string[] {
  const found: string[] = [];
  const { innerWidth: width, innerHeight: height } = win;
  const box = root.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > height || box.right > width) found.push(`the banner (${JSON.stringify(box)})`);
  for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const style = win.getComputedStyle(element);
    // A scroll area is allowed to scroll; everything else shows all of its text.
    const scrolls = /auto|scroll/.test(style.overflowY + style.overflowX);
    if (!scrolls && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) found.push(`${element.tagName.toLowerCase()} "${element.textContent.slice(0, 40)}" is ${String(element.scrollWidth)} px wide in ${String(element.clientWidth)}`);
  }
  for (const button of root.querySelectorAll('button, a')) {
    const r = button.getBoundingClientRect();
    if (r.left < 0 || r.right > width || r.top < 0 || r.bottom > height) found.push(`"${button.textContent}" is off screen`);
  }
  if (win.document.documentElement.scrollWidth > width) found.push(`the page is ${String(win.document.documentElement.scrollWidth)} px wide`);
  return found;
}

describe('the script tag in the language of the page', () => {
  useFixtureFrames();

  it('shows a page with <html lang="pl"> in Polish, with Polish plurals', async () => {
    const { win, banner: shown } = await bannerOf('lang=pl&declaration');
    expect(shown.getAttribute('lang')).to.equal('pl');
    expect([...shown.querySelectorAll('button')].map((b) => b.textContent)).to.include.members(['Akceptuj wszystkie', 'Odrzuć wszystkie', 'Ustawienia']);
    await until(() => win.document.querySelector('#declaration tbody') !== null, 3000);
    const declared = win.document.querySelector<HTMLElement>('#declaration')?.innerText ?? '';
    // one, few and many: "1 minuta", "2 lata", "24 godziny", "13 miesięcy", "30 minut".
    for (const text of ['_gat (1 minuta)', '_ga (2 lata)', '_ga_* (2 lata)', '_gid (24 godziny)', '_pk_id* (13 miesięcy)', '_pk_ses* (30 minut)']) expect(declared).to.include(text);
    await win.Einlass?.rejectAll();
    await until(() => win.document.querySelector('einlass-reopen') !== null, 3000);
    expect(win.document.querySelector('einlass-reopen')?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).to.equal('Ustawienia prywatności');
  });

  it('drops the region of <html lang>, and gives a page in a language it lacks the config\'s language', async () => {
    const accept = async (query: string) => (await bannerOf(query)).banner.querySelector('[data-choice="accept-all"]')?.textContent;
    expect(await accept('lang=pt-PT')).to.equal((await accept('lang=pt')));
    expect(await accept('lang=de-AT')).to.equal('Alle akzeptieren');
    expect(await accept('lang=tr')).to.equal('Alle akzeptieren');
    expect(await accept('lang=fr')).to.equal('Tout accepter');
  });

  it('addresses German visitors as "du" when the config asks for it', async () => {
    const { banner: formal } = await bannerOf('lang=de');
    const { banner: informal } = await bannerOf('lang=de&informal');
    expect(formal.textContent).to.include('wenn Sie zustimmen');
    expect(informal.textContent).to.include('wenn du zustimmst').and.not.include('Sie zustimmen');
  });

  for (const lang of LANGUAGES) {
    it(`fits the banner in ${lang} on a 375×740 phone, every text and button on screen`, async () => {
      const { win, banner: shown } = await bannerOf(`lang=${lang}`, PHONE);
      expect(shown.getAttribute('lang')).to.equal(lang);
      expect(overflowing(win, shown)).to.deep.equal([]);
    });
  }
});
