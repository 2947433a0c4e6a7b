import { expect } from '@esm-bundle/chai';
import { openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';
import { configPage } from '../helpers/site';

interface LeakWindow extends FrameWindow {
  warnings: string[];
}

describe('self-check', () => {
  useFixtureFrames();

  it('warns once about each ungated script, iframe and stylesheet from a watched host, naming it', async () => {
    const { win } = await openFrame('/test/fixtures/leaks.html');
    const { warnings } = win as LeakWindow;
    await until(() => warnings.length >= 4);
    const leaks = warnings.filter((w) => w.includes('without consent'));
    expect(leaks).to.have.length(4);
    expect(leaks[0]).to.contain('<script src="https://www.googletagmanager.com/gtag/js?id=G-LEAK1"> loads from googletagmanager.com without consent');
    expect(leaks[0]).to.contain('set type="text/plain"');
    expect(leaks[1]).to.contain('<iframe src="https://www.youtube.com/embed/leak"> loads from youtube.com');
    expect(leaks[2]).to.contain('<link href="https://fonts.googleapis.com/css2?family=Leak"> loads from fonts.googleapis.com');
    expect(leaks[3]).to.contain('<script src="https://matomo.example.org/matomo.js"> loads from matomo.example.org');
  });

  it('does not warn twice when a leaking node moves', async () => {
    const { win } = await openFrame('/test/fixtures/leaks.html');
    const { warnings } = win as LeakWindow;
    await until(() => warnings.length >= 4);
    const leak = win.document.getElementById('leak');
    if (leak) win.document.body.append(leak);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warnings.filter((w) => w.includes('youtube.com'))).to.have.length(1);
  });

  it('warns about a data-category that the config does not know', async () => {
    const { win } = await openFrame('/test/fixtures/leaks.html');
    const { warnings } = win as LeakWindow;
    await win.Einlass?.acceptAll();
    await until(() => warnings.some((w) => w.includes('data-category="statistics"')));
    expect(warnings.find((w) => w.includes('statistics'))).to.contain('names no category of the config (necessary, analytics); it stays blocked');
  });

  it('warns about a node marked with data-category or data-service that still loads, the most common mistake', async () => {
    const { win } = await openFrame(configPage({ categories: [{ name: 'analytics', title: 'Statistik' }, { name: 'media', title: 'Medien' }], services: [{ name: 'pixel', category: 'analytics' }] }, [
      '<script async data-category="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-MARKED"></script>',
      '<iframe data-category="media" src="https://www.youtube-nocookie.com/embed/marked" title="Video"></iframe>',
      '<img data-service="pixel" src="https://www.google-analytics.com/collect?v=2" alt="">',
      '<link rel="stylesheet" data-category="media" href="https://fonts.googleapis.com/css2?family=Marked">',
      // Held back as the README shows: no warning.
      '<script type="text/plain" data-category="analytics" data-src="https://www.googletagmanager.com/gtag/js?id=G-HELD"></script>',
      '<iframe data-category="media" data-src="https://www.youtube-nocookie.com/embed/held" title="Held"></iframe>',
    ].join('')));
    const { warnings } = win as LeakWindow;
    await until(() => warnings.length >= 4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const leaks = warnings.filter((w) => w.includes('without consent'));
    expect(leaks.map((w) => /^einlass: <(\w+) /.exec(w)?.[1])).to.deep.equal(['script', 'iframe', 'img', 'link']);
    expect(leaks.every((w) => w.includes('its data-category or data-service alone holds nothing back'))).to.equal(true);
    expect(leaks[0]).to.contain('Gate it: move the address to data-src, set type="text/plain".');
    expect(leaks.join('\n')).not.to.contain('HELD').and.not.to.contain('held');
  });
});
