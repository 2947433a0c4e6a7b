import { expect } from '@esm-bundle/chai';
import { siteConfig } from '../helpers/config';
import { clearRequests, requestsWhen, settle, thirdPartyRequests } from '../helpers/network';
import { click, find } from '../helpers/dom';
import { mount, unmountAll } from '../helpers/ui';

const VIDEOS = `
  <iframe id="one" title="Video one" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/one" width="560" height="315"></iframe>
  <iframe id="two" title="Video two" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/two"></iframe>`;

const config = {
  ...siteConfig,
  services: (siteConfig.services ?? []).map((s) =>
    s.name === 'youtube' ? { ...s, title: 'YouTube', thirdCountry: 'USA', privacyPolicy: 'https://policies.google.com/privacy' } : s,
  ),
};

describe('embed placeholders', () => {
  let page: HTMLElement;
  beforeEach(async () => {
    await clearRequests();
    page = document.createElement('div');
    page.innerHTML = VIDEOS;
    document.body.append(page);
  });
  afterEach(() => {
    unmountAll();
    page.remove();
  });

  const placeholders = () => [...document.querySelectorAll('einlass-placeholder')].map((host) => host.shadowRoot);
  const frame = (id: string) => page.querySelector<HTMLIFrameElement>(`#${id}`);

  it('stands in for each blocked embed, says who provides it and what loading sends, and asks no provider for anything', async () => {
    await mount(config, 'de');
    const shown = placeholders();
    expect(shown).to.have.length(2);
    const text = shown[0]?.textContent ?? '';
    expect(text).to.contain('Externer Inhalt: YouTube');
    expect(text).to.contain('IP-Adresse und Informationen über Ihr Gerät an Google Ireland Limited');
    expect(text).to.contain('außerhalb der EU verarbeitet werden: USA.');
    expect(shown[0]?.querySelector('a')?.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    expect(getComputedStyle(frame('one') ?? document.body).display).to.equal('none');
    await settle();
    expect(await thirdPartyRequests()).to.deep.equal([]);
  });

  it('takes the size of the embed it stands in for', async () => {
    await mount(config, 'de');
    const box = document.querySelector('einlass-placeholder')?.shadowRoot?.querySelector('.placeholder')?.getBoundingClientRect();
    expect(Math.round(box?.width ?? 0)).to.equal(560);
    expect(Math.round(box?.height ?? 0)).to.equal(315);
  });

  it('loads only that embed with "Load once", and stores no consent', async () => {
    const ui = await mount(config, 'en');
    click(placeholders()[0], '[data-choice="load-once"]', 'the first placeholder');
    await ui.settle();
    await settle();
    expect(frame('one')?.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/one');
    expect(frame('two')?.hasAttribute('src')).to.equal(false);
    expect(placeholders()).to.have.length(1);
    expect((await requestsWhen((r) => r.length > 0)).map((r) => r.url)).to.deep.equal(['https://www.youtube-nocookie.com/embed/one']);
    expect(ui.einlass.isServiceGranted('youtube')).to.equal(false);
  });

  it('grants the service and loads every embed with "Always allow"; withdrawal brings the placeholders back', async () => {
    const ui = await mount(config, 'en');
    const always = find(placeholders()[1], '[data-choice="always-allow"]', 'the second placeholder');
    expect(always.textContent).to.equal('Always allow YouTube');
    always.click();
    await ui.settle();
    expect(ui.einlass.isServiceGranted('youtube')).to.equal(true);
    expect(ui.einlass.isServiceGranted('matomo')).to.equal(false);
    expect(placeholders()).to.have.length(0);
    expect([frame('one')?.hasAttribute('src'), frame('two')?.hasAttribute('src')]).to.deep.equal([true, true]);
    ui.einlass.save({ services: { youtube: false } });
    await ui.settle();
    expect(placeholders()).to.have.length(2);
    expect([...page.querySelectorAll('iframe')].some((f) => f.hasAttribute('src'))).to.equal(false);
  });

  it('gates an embed inserted later', async () => {
    const ui = await mount(config, 'en');
    const late = document.createElement('iframe');
    late.title = 'late';
    late.dataset.service = 'youtube';
    late.dataset.src = 'https://www.youtube-nocookie.com/embed/late';
    page.append(late);
    await ui.settle();
    expect(placeholders()).to.have.length(3);
  });
});
