import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { requestsWhen, settle, thirdPartyRequests } from '../helpers/network';
import { configPage, visit } from '../helpers/site';

// A web component that keeps its video and its tracker in an open shadow root.
const COMPONENT = `<script>
  customElements.define('video-box', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }); }
    connectedCallback() {
      this.shadowRoot.innerHTML = '<iframe data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/' + this.id + '" title="Video"></iframe>'
        + '<script type="text/plain" data-category="media">window.shadowScriptRan = (window.shadowScriptRan || 0) + 1;<' + '/script>';
    }
  });
</script>`;
const CONFIG = { categories: [{ name: 'media', title: 'Externe Medien' }], integrations: { youtube: true }, reloadOnWithdraw: false };

interface ShadowWindow extends FrameWindow {
  shadowScriptRan?: number;
  warnings: string[];
}
const frameIn = (win: Window, id: string) => win.document.getElementById(id)?.shadowRoot?.querySelector('iframe');
const youtube = (r: { url: string }) => r.url.includes('youtube-nocookie.com');

describe('open shadow roots', () => {
  useFixtureFrames();

  it('keeps a web component\'s embed and script blocked until consent, lets them in after, and blocks the embed again on withdrawal', async () => {
    const { win } = await visit(configPage(CONFIG, `${COMPONENT}<video-box id="first"></video-box>`));
    const page = win as ShadowWindow;
    await settle();
    expect((await thirdPartyRequests()).filter(youtube), 'no request before consent').to.deep.equal([]);
    expect(frameIn(win, 'first')?.hasAttribute('src')).to.equal(false);

    await win.Einlass?.acceptAll();
    await until(() => frameIn(win, 'first')?.getAttribute('src') === 'https://www.youtube-nocookie.com/embed/first');
    await until(() => page.shadowScriptRan === 1);
    expect((await requestsWhen((r) => r.filter(youtube).length > 0)).filter(youtube).map((r) => r.url)).to.deep.equal(['https://www.youtube-nocookie.com/embed/first']);

    await win.Einlass?.rejectAll();
    await until(() => frameIn(win, 'first')?.hasAttribute('src') === false);
    expect(page.shadowScriptRan, 'the script ran once').to.equal(1);
  });

  it('lets in the embed of a component added after consent', async () => {
    const { win } = await visit(configPage(CONFIG, COMPONENT));
    await win.Einlass?.acceptAll();
    win.document.body.insertAdjacentHTML('beforeend', '<video-box id="later"></video-box>');
    await until(() => frameIn(win, 'later')?.getAttribute('src') === 'https://www.youtube-nocookie.com/embed/later');
  });

  it('names a tracker that loads from inside a shadow root without consent', async () => {
    const leaking = `<script>customElements.define('ad-box', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<img src="https://googleads.g.doubleclick.net/pagead/leak" alt="">'; }
    });</script><ad-box></ad-box>`;
    const { win } = await visit(configPage(CONFIG, leaking));
    const page = win as ShadowWindow;
    await until(() => page.warnings.some((w) => w.includes('without consent')), 3000);
    expect(page.warnings.find((w) => w.includes('without consent'))).to.include('<img src="https://googleads.g.doubleclick.net/pagead/leak"> loads from doubleclick.net');
  });
});
