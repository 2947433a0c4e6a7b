import { expect } from '@esm-bundle/chai';
import { find } from '../helpers/dom';
import { openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { clearRequests, requestedHosts, requestsWhen, settle, stub, thirdPartyRequests } from '../helpers/network';

interface GateWindow extends FrameWindow {
  order: string[];
}

async function openGateFixture(): Promise<GateWindow> {
  await stub({ prefix: 'https://cdn.analytics.example/lib.js', delayMs: 150, body: "window.order.push('lib'); window.libLoaded = true;" });
  const { win } = await openFrame('/test/fixtures/gate.html');
  return win as GateWindow;
}

describe('gate: blocked nodes in the page', () => {
  useFixtureFrames();

  it('makes not one third-party request before consent (R1)', async () => {
    const win = await openGateFixture();
    await settle();
    expect(await thirdPartyRequests()).to.deep.equal([]);
    expect(win.order).to.deep.equal([]);
    expect(win.document.querySelector('#video')?.hasAttribute('src')).to.equal(false);
  });

  it('loads exactly the analytics nodes when only analytics is accepted', async () => {
    const win = await openGateFixture();
    const accepted = Date.now();
    await win.Einlass?.save({ categories: { analytics: true } });
    await until(() => win.order.includes('module'));
    const requests = await requestsWhen((r) => r.length >= 5);
    expect(requests.every((r) => r.time >= accepted)).to.equal(true);
    // dns-prefetch makes no request the test set-up can see; its href is checked below.
    expect(await requestedHosts()).to.deep.equal(['cdn.analytics.example', 'img.analytics.example', 'matomo.example.org']);
    expect(requests.map((r) => new URL(r.url).pathname).sort()).to.deep.equal(['/a.gif', '/async.js', '/lib.js', '/matomo.js', '/preload.png']);
    expect(win.order).to.not.include('marketing');
    expect(win.document.querySelector('#video')?.hasAttribute('src')).to.equal(false);
    expect(win.document.querySelector('link[rel="dns-prefetch"]')?.getAttribute('href')).to.equal('https://stats.analytics.example');
  });

  it('runs scripts in document order: an inline script waits for the library before it', async () => {
    const win = await openGateFixture();
    await win.Einlass?.save({ categories: { analytics: true } });
    await until(() => win.order.includes('module'));
    expect(win.order).to.deep.equal(['lib', 'inline after lib: true', 'module']);
  });

  it('keeps the attributes of an activated script, and its type from data-type', async () => {
    const win = await openGateFixture();
    await win.Einlass?.save({ categories: { analytics: true } });
    await until(() => win.order.includes('module'));
    const script = win.document.querySelector<HTMLScriptElement>('#async-script');
    expect(script?.type).to.equal('');
    expect(script?.src).to.equal('https://cdn.analytics.example/async.js');
    expect([script?.async, script?.nonce, script?.crossOrigin, script?.integrity.slice(0, 7)]).to.deep.equal([true, 'n0nce', 'anonymous', 'sha384-']);
    const module = [...win.document.scripts].find((el) => el.text.includes("push('module')"));
    expect(module?.type).to.equal('module');
  });

  it('activates each node exactly once, however often consent is given', async () => {
    const win = await openGateFixture();
    await win.Einlass?.save({ categories: { analytics: true } });
    await until(() => win.order.includes('module'));
    await win.Einlass?.save({ categories: { analytics: true } });
    await win.Einlass?.acceptAll();
    await until(() => win.order.includes('marketing'));
    await settle();
    expect(win.order.filter((o) => o === 'lib' || o.startsWith('inline'))).to.deep.equal(['lib', 'inline after lib: true']);
    expect((await thirdPartyRequests()).filter((r) => r.url.endsWith('/lib.js'))).to.have.length(1);
  });

  it('loads embeds, images, stylesheets, preconnects, posters and video sources on acceptance', async () => {
    const win = await openGateFixture();
    await win.Einlass?.acceptAll();
    await until(() => win.order.includes('marketing'));
    await settle(300);
    const hosts = await requestedHosts();
    for (const host of ['www.youtube-nocookie.com', 'fonts.googleapis.com', 'pixel.marketing.example', 'i.ytimg.com', 'video.media.example', 'www.googleadservices.com']) {
      expect(hosts, host).to.include(host);
    }
    expect(win.document.querySelector('link[rel="preconnect"]')?.getAttribute('href')).to.equal('https://fonts.gstatic.com');
  });

  it('gates nodes inserted after start-up: granted ones load, the rest stay blocked', async () => {
    const win = await openGateFixture();
    await win.Einlass?.save({ categories: { analytics: true } });
    await until(() => win.order.includes('module'));
    // The scripts after the module one are still being requested: let them finish before the log is cleared.
    await until(() => Boolean(win.document.querySelector('script[src="https://matomo.example.org/matomo.js"]')));
    await settle(300);
    await clearRequests();
    const doc = win.document;
    const late = doc.createElement('div');
    late.innerHTML = '<iframe data-service="youtube" data-src="https://www.youtube.com/embed/late"></iframe><img alt="" data-category="analytics" data-src="https://img.analytics.example/late.gif">';
    doc.body.append(late);
    const script = doc.createElement('script');
    script.type = 'text/plain';
    script.dataset.category = 'analytics';
    script.text = "window.order.push('late script')";
    doc.body.append(script);
    await until(() => win.order.includes('late script'));
    await settle();
    expect((await thirdPartyRequests()).map((r) => r.url)).to.deep.equal(['https://img.analytics.example/late.gif']);
    expect(late.querySelector('iframe')?.hasAttribute('src')).to.equal(false);
  });

  it('follows a new data-src on an embed it let in, as long as it is allowed', async () => {
    const win = await openGateFixture();
    const video = find(win.document, '#video');
    await win.Einlass?.save({ categories: { media: true } });
    await until(() => video.hasAttribute('src'));
    // A framework rendering another video into the same element changes only its data-src.
    video.dataset.src = 'https://www.youtube-nocookie.com/embed/next';
    await until(() => video.getAttribute('src') === 'https://www.youtube-nocookie.com/embed/next');
    await win.Einlass?.rejectAll();
    // Withdrawn, the embed is a blank copy of itself.
    const blocked = find(win.document, '#video');
    blocked.dataset.src = 'https://www.youtube-nocookie.com/embed/refused';
    await settle();
    expect(blocked.hasAttribute('src')).to.equal(false);
  });
});
