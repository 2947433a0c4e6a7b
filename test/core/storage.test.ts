import { expect } from '@esm-bundle/chai';
import { cookieValue } from '../../src/core/cookie-value';
import { cookieStorage, memoryStorage } from '../../src/core/storage';
import { browserCookies, clearCookies } from '../helpers/cookies';

const options = { name: 'einlass', domain: undefined, lifetimeDays: 182, secure: false };

describe('cookie storage', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('writes, reads and clears one first-party cookie', async () => {
    const storage = cookieStorage(options);
    storage.write('1.value');
    expect(storage.read()).to.equal('1.value');
    expect((await browserCookies()).map((c) => [c.name, c.path, c.sameSite])).to.deep.equal([['einlass', '/', 'Lax']]);
    storage.clear();
    expect(storage.read()).to.equal(undefined);
  });

  it('marks the cookie Secure when asked, which a plain-http page is refused', () => {
    // This page is http://www.einlass.test: the browser drops a Secure cookie, so nothing is stored.
    cookieStorage({ ...options, secure: true }).write('1.value');
    expect(cookieStorage(options).read()).to.equal(undefined);
  });

  it('clears a cookie written for a shared domain', async () => {
    const shared = cookieStorage({ ...options, domain: 'einlass.test' });
    shared.write('1.value');
    expect((await browserCookies()).map((c) => c.domain)).to.deep.equal(['.einlass.test']);
    shared.clear();
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

describe('reading the record without js-cookie (the loader)', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('reads what cookie storage wrote, among other cookies, and nothing for a missing or prefixed name', () => {
    document.cookie = 'einlass-old=2.stale; path=/';
    document.cookie = 'other=1; path=/';
    cookieStorage(options).write('1.abc-def.k2');
    expect(cookieValue(document.cookie, 'einlass')).to.equal('1.abc-def.k2');
    expect(cookieValue(document.cookie, 'einlass')).to.equal(cookieStorage(options).read());
    expect(cookieValue(document.cookie, 'einl')).to.equal(undefined);
    expect(cookieValue('', 'einlass')).to.equal(undefined);
  });
});
