import { expect } from '@esm-bundle/chai';
import { createConsent } from '../../src/create';
import { siteConfig } from '../helpers/config';
import { browserCookies } from '../helpers/cookies';
import { nextEvent, openFrame, until, useFixtureFrames, type FrameWindow } from '../helpers/frames';

interface WithdrawWindow extends FrameWindow {
  analyticsRan?: number;
  marketingRan?: number;
}

const cookieNames = async () => (await browserCookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();

describe('withdrawal', () => {
  useFixtureFrames({ cleanup: () => { document.getElementById('withdraw-fixture')?.remove(); } });

  it('deletes the withdrawn services\' cookies on the host and on the parent domain, and reloads once', async () => {
    const { win, frame } = await openFrame('/test/fixtures/withdraw.html');
    document.cookie = 'theme=dark; path=/';
    await win.Einlass?.acceptAll();
    await until(() => (win as WithdrawWindow).analyticsRan === 1 && (win as WithdrawWindow).marketingRan === 1);
    expect(await cookieNames()).to.include.members([
      '_ga@www.einlass.test/', '_ga_ABC123@.einlass.test/', '_gid@www.einlass.test/', '_pk_id.1.abcd@www.einlass.test/test/fixtures', '_gcl_au@.einlass.test/',
    ]);

    const reloaded = nextEvent(frame, 'load');
    await win.Einlass?.save({ categories: { analytics: false } });
    const left = await cookieNames();
    expect(left.filter((c) => /^_(ga|gid|pk)/.test(c))).to.deep.equal([]);
    expect(left).to.include.members(['_gcl_au@.einlass.test/', 'theme@www.einlass.test/']);

    // The analytics script had run and cannot be unloaded: the page reloads, and it does not run again.
    await reloaded;
    const after = frame.contentWindow as WithdrawWindow;
    await until(() => after.marketingRan === 1);
    expect(after.analyticsRan).to.equal(undefined);
    expect(after.Einlass?.isGranted('analytics')).to.equal(false);
  });

  it('blocks an embed again when its service is withdrawn, without reloading when no script ran', () => {
    const container = document.createElement('div');
    container.id = 'withdraw-fixture';
    container.innerHTML = '<iframe title="video" data-service="youtube" data-src="/test/fixtures/embed.html"></iframe>';
    document.body.append(container);
    const einlass = createConsent(siteConfig);
    try {
      einlass.save({ services: { youtube: true } });
      expect(container.querySelector('iframe')?.getAttribute('src')).to.equal('/test/fixtures/embed.html');
      einlass.save({ services: { youtube: false } });
      const iframe = container.querySelector('iframe');
      expect(iframe?.hasAttribute('src')).to.equal(false);
      expect(iframe?.getAttribute('data-src')).to.equal('/test/fixtures/embed.html');
      einlass.save({ services: { youtube: true } });
      expect(container.querySelector('iframe')?.getAttribute('src')).to.equal('/test/fixtures/embed.html');
    } finally {
      einlass.destroy();
    }
  });

  it('does not reload when the site owner turned that off, and still deletes the cookies', async () => {
    const container = document.createElement('div');
    container.id = 'withdraw-fixture';
    container.innerHTML = '<script type="text/plain" data-service="google-analytics">document.cookie = "_ga=GA1.1.1; path=/"; window.gaRan = true;</script>';
    document.body.append(container);
    const einlass = createConsent({ ...siteConfig, reloadOnWithdraw: false });
    try {
      einlass.acceptAll();
      await until(() => (window as { gaRan?: boolean }).gaRan === true);
      expect(document.cookie).to.contain('_ga=');
      einlass.rejectAll();
      expect(document.cookie).to.not.contain('_ga=');
    } finally {
      einlass.destroy();
    }
  });
});
