import { expect } from '@esm-bundle/chai';
import { openFrame, until, useFixtureFrames } from '../helpers/frames';
import { bannerShown } from '../helpers/site';

// web-test-runner.config.mjs streams this page: <head> with `<script type="module" async>`, the body 800 ms later.
const PAGE = '/streamed/page.html';

describe('the script tag as <script type="module" async> in <head>, with the body still on its way', () => {
  useFixtureFrames();

  it('runs before the body exists, then shows the banner first in it, and the floating button after a decision', async () => {
    const frame = document.createElement('iframe');
    frame.src = PAGE;
    document.body.append(frame);
    const win = frame.contentWindow as Window & { Einlass?: unknown; errors?: string[]; pageScriptRan?: boolean };
    // einlass publishes itself while the body is still missing.
    await until(() => win.Einlass !== undefined, 3000);
    const early = win.document.body as HTMLElement | null;
    expect(early, 'no body yet when einlass runs').to.equal(null);
    await until(() => bannerShown(win.document), 3000);
    expect(win.document.body.firstElementChild?.tagName).to.equal('EINLASS-UI');
    expect(win.document.getElementById('page')?.textContent).to.equal('The page works.');
    expect(win.errors ?? []).to.deep.equal([]);
    frame.remove();

    // A repeat visit: the loader alone, and its floating button, again before the body.
    const first = await openFrame(PAGE);
    await until(() => bannerShown(first.win.document), 3000);
    await first.win.Einlass?.rejectAll();
    first.frame.remove();
    const repeat = await openFrame(PAGE);
    await until(() => repeat.win.document.querySelector('einlass-reopen') !== null, 3000);
    expect(repeat.win.errors ?? []).to.deep.equal([]);
  });
});
