import { expect } from '@esm-bundle/chai';
import { deleteCookies } from '../../src/dom/cookies';
import { browserCookies, clearCookies } from '../helpers/cookies';

const names = async () => (await browserCookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();

describe('deleteCookies', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('deletes by exact name and by pattern, on the host, the parent domain and the current path', async () => {
    document.cookie = '_ga=1; path=/';
    document.cookie = '_ga_XYZ=1; path=/; domain=.einlass.test';
    document.cookie = '_gid=1; path=/; domain=www.einlass.test';
    document.cookie = `_pk_ses.1.ab=1; path=${location.pathname}`;
    document.cookie = '_gidx=1; path=/';
    document.cookie = 'keep=1; path=/';
    const deleted = deleteCookies([{ name: '^_ga' }, { name: '_gid' }, { name: '^_pk_' }]);
    expect(deleted.sort()).to.deep.equal(['_ga', '_ga_XYZ', '_gid', '_pk_ses.1.ab']);
    expect(await names()).to.deep.equal(['_gidx@www.einlass.test/', 'keep@www.einlass.test/']);
  });

  it('tries the domain the config names for a cookie', async () => {
    document.cookie = 'shared=1; path=/; domain=einlass.test';
    deleteCookies([{ name: 'shared', domain: 'einlass.test' }]);
    expect(await names()).to.deep.equal([]);
  });

  it('does nothing when no cookie matches', () => {
    document.cookie = 'keep=1; path=/';
    expect(deleteCookies([{ name: '^_hj' }])).to.deep.equal([]);
    expect(document.cookie).to.contain('keep=1');
  });
});
