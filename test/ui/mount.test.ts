import { expect } from '@esm-bundle/chai';
import { createConsent } from '../../src/create';
import { LANGUAGES, loadMessages } from '../../src/locales';
import { mountUI } from '../../src/ui/mount';
import type { Einlass } from '../../src/types';
import { siteConfig } from '../helpers/config';
import { clearCookies } from '../helpers/cookies';
import { frames } from '../helpers/ui';

const hosts = () => [...document.querySelectorAll('einlass-ui')];
const banners = () => hosts().filter((host) => host.shadowRoot?.querySelector('.banner')).length;

describe('mountUI', () => {
  const consents: Einlass[] = [];
  const unmounts: (() => void)[] = [];
  const warnings: string[] = [];
  const original = console.warn;

  // The texts fetched once, the banner shows as soon as it is mounted.
  before(() => Promise.all(LANGUAGES.map((lang) => loadMessages(lang))));
  beforeEach(() => {
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
  });
  afterEach(() => {
    console.warn = original;
    warnings.length = 0;
    unmounts.splice(0).forEach((unmount) => { unmount(); });
    consents.splice(0).forEach((einlass) => { einlass.destroy(); });
    clearCookies();
  });
  const start = () => {
    const einlass = createConsent(siteConfig);
    consents.push(einlass);
    return einlass;
  };

  it('shows one banner when mounted twice for the same consent, and says to unmount first', async () => {
    const einlass = start();
    unmounts.push(mountUI(einlass), mountUI(einlass));
    await frames();
    expect(hosts()).to.have.length(1);
    expect(banners()).to.equal(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/mountUI was called while an interface is mounted.*unmount function/);
  });

  it('shows one banner however it is mounted again: StrictMode\'s mount, unmount, mount quietly, a hot reload with a warning', async () => {
    const einlass = start();
    mountUI(einlass)();
    const strict = mountUI(einlass);
    await frames();
    expect(banners()).to.equal(1);
    expect(warnings).to.deep.equal([]);

    // A hot reload runs the module again: a new consent object, and the new mount wins.
    const reloaded = mountUI(start());
    unmounts.push(reloaded);
    await frames();
    expect(hosts()).to.have.length(1);
    expect(banners()).to.equal(1);
    expect(warnings).to.have.length(1);
    // The old module's clean-up, coming late, leaves the new interface alone.
    strict();
    expect(banners()).to.equal(1);
    reloaded();
    expect(hosts()).to.have.length(0);
  });
});
