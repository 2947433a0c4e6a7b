import { expect } from '@esm-bundle/chai';
import { youtube } from '../../src/integrations/youtube/index';
import { loadMessages } from '../../src/locales';
import { mountUI } from '../../src/ui/mount';
import { click } from '../helpers/dom';
import { resetVendors, start } from '../helpers/integrations';
import { settle, thirdPartyRequests } from '../helpers/network';
import { frames } from '../helpers/ui';

describe('YouTube', () => {
  let page: HTMLElement;
  let unmount: (() => void) | undefined;
  beforeEach(async () => {
    await resetVendors();
    page = document.createElement('div');
    page.innerHTML = `
      <iframe id="marked" title="Anfahrt" width="560" height="315" data-src="https://www.youtube.com/embed/M7lc1UVf-VE?start=10"></iframe>
      <div id="by-id" data-einlass-youtube="dQw4w9WgXcQ" data-title="Produktvideo" data-poster="/test/fixtures/poster.gif" width="480" height="270"></div>`;
    document.body.append(page);
  });
  afterEach(async () => {
    unmount?.();
    page.remove();
    await resetVendors();
  });

  async function startWithUi() {
    const einlass = start([youtube()]);
    await loadMessages('de');
    unmount = mountUI(einlass, { language: 'de' });
    await frames();
    return einlass;
  }
  const frame = (id: string) => page.querySelector<HTMLIFrameElement>(`#${id}`) ?? page.querySelector<HTMLIFrameElement>('iframe[title="Produktvideo"]');
  const placeholders = () => [...document.querySelectorAll('einlass-placeholder')].map((h) => h.shadowRoot);

  it('turns YouTube embeds into blocked youtube-nocookie.com frames behind placeholders, asking YouTube for nothing', async () => {
    await startWithUi();
    expect(frame('marked')?.dataset.src).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=10');
    expect(frame('marked')?.dataset.service).to.equal('youtube');
    const made = frame('by-id');
    expect([made?.dataset.src, made?.getAttribute('width'), made?.title]).to.deep.equal(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', '480', 'Produktvideo']);
    expect(placeholders()).to.have.length(2);
    expect(placeholders()[0]?.textContent).to.contain('Externer Inhalt: YouTube');
    await settle();
    expect(await thirdPartyRequests()).to.deep.equal([]);
  });

  it('shows a local poster image, and refuses one from YouTube', async () => {
    const foreign = document.createElement('div');
    foreign.dataset.einlassYoutube = 'abcdefghijk';
    foreign.dataset.poster = 'https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg';
    page.append(foreign);
    await startWithUi();
    const posters = placeholders().map((root) => root?.querySelector('img.poster')?.getAttribute('src') ?? null);
    expect(posters).to.deep.equal([null, `${location.origin}/test/fixtures/poster.gif`, null]);
    await settle();
    expect((await thirdPartyRequests()).map((r) => r.url)).to.deep.equal([]);
  });

  it('loads and plays one video from youtube-nocookie.com with "Load once", and loads every video with "Always allow"', async () => {
    const einlass = await startWithUi();
    click(placeholders()[0], '[data-choice="load-once"]', 'the first placeholder');
    await frames();
    await settle();
    // The click was on the video: it plays, instead of waiting for a second click.
    expect((await thirdPartyRequests()).map((r) => r.url)).to.deep.equal(['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=10&autoplay=1']);
    expect(frame('marked')?.allow).to.include('autoplay');
    expect(einlass.isServiceGranted('youtube')).to.equal(false);
    click(placeholders()[0], '[data-choice="always-allow"]', 'the first placeholder');
    await frames();
    await settle();
    expect(einlass.isServiceGranted('youtube')).to.equal(true);
    expect((await thirdPartyRequests()).map((r) => r.url)).to.include('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(placeholders()).to.have.length(0);
  });

  it('gates videos added later', async () => {
    await startWithUi();
    const later = document.createElement('div');
    later.dataset.einlassYoutube = 'lAtEr123456';
    page.append(later);
    await frames();
    expect(page.querySelector('iframe[data-src$="lAtEr123456"]')?.getAttribute('data-service')).to.equal('youtube');
    expect(placeholders()).to.have.length(3);
  });
});
