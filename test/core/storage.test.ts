import { expect } from '@esm-bundle/chai';
import { cookieStorage, memoryStorage } from '../../src/core/storage';
import { browserCookies, clearCookies } from '../helpers/cookies';

const options = { name: 'einlass', domain: undefined, lifetimeDays: 182, secure: false, jar: () => document.cookie, hostname: location.hostname };

describe('cookie storage', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('writes, reads and clears one first-party cookie', async () => {
    const storage = cookieStorage(options);
    storage.write('1.value');
    expect(storage.read()).to.deep.equal(['1.value']);
    expect((await browserCookies()).map((c) => [c.name, c.path, c.sameSite])).to.deep.equal([['einlass', '/', 'Lax']]);
    storage.clear();
    expect(storage.read()).to.deep.equal([]);
  });

  it('marks the cookie Secure when asked, which a plain-http page is refused', () => {
    // This page is http://www.einlass.test: the browser drops a Secure cookie, so nothing is stored.
    cookieStorage({ ...options, secure: true }).write('1.value');
    expect(cookieStorage(options).read()).to.deep.equal([]);
  });

  it('clears a cookie written for a shared domain', async () => {
    const shared = cookieStorage({ ...options, domain: 'einlass.test' });
    shared.write('1.value');
    expect((await browserCookies()).map((c) => c.domain)).to.deep.equal(['.einlass.test']);
    shared.clear();
    expect(await browserCookies()).to.deep.equal([]);
  });

  it('takes away the host-only record an earlier setting left when it writes for a shared domain', async () => {
    cookieStorage(options).write('1.old');
    cookieStorage({ ...options, domain: 'einlass.test' }).write('1.new');
    expect((await browserCookies()).map((c) => [c.domain, c.value])).to.deep.equal([['.einlass.test', '1.new']]);
  });

  it('takes away a shared-domain record of its own when it writes host-only, and leaves a sibling site\'s', async () => {
    const ours = (value: string) => value.startsWith('1.ours');
    cookieStorage({ ...options, domain: 'einlass.test' }).write('1.ours-old');
    cookieStorage({ ...options, isOurs: ours }).write('1.ours-new');
    expect((await browserCookies()).map((c) => [c.domain, c.value])).to.deep.equal([['www.einlass.test', '1.ours-new']]);
    clearCookies();
    cookieStorage({ ...options, domain: 'einlass.test' }).write('1.sibling');
    cookieStorage({ ...options, isOurs: ours }).write('1.ours-new');
    expect((await browserCookies()).map((c) => c.value).sort()).to.deep.equal(['1.ours-new', '1.sibling']);
  });

  it('clears every record of its own, whatever domain it was written for', async () => {
    cookieStorage({ ...options, domain: 'einlass.test' }).write('1.a');
    document.cookie = 'einlass=1.b; path=/';
    cookieStorage(options).clear();
    expect(await browserCookies()).to.deep.equal([]);
  });
});

describe('memory storage', () => {
  it('keeps a value in memory only', () => {
    const storage = memoryStorage('start');
    expect(storage.read()).to.equal('start');
    storage.write('next');
    expect(storage.read()).to.equal('next');
    storage.clear();
    expect(storage.read()).to.equal(undefined);
    expect(document.cookie).to.equal('');
  });
});
