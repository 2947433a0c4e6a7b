import { expect } from '@esm-bundle/chai';
import { cookieValues } from '../../src/core/cookies';

describe('the cookie reader', () => {
  it('gives every value of a name, in order, and nothing for a missing or prefixed name', () => {
    const jar = 'einlass-old=2.stale; einlass=1.a; other=1; einlass=1.b';
    expect(cookieValues(jar, 'einlass')).to.deep.equal(['1.a', '1.b']);
    expect(cookieValues(jar, 'einl')).to.deep.equal([]);
    expect(cookieValues('', 'einlass')).to.deep.equal([]);
  });

  it('reads names of Object.prototype like any other', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(cookieValues(`a=1; ${name}=1.x`, name), name).to.deep.equal(['1.x']);
      expect(cookieValues('a=1', name), name).to.deep.equal([]);
    }
  });

  it('reads a value that holds an equals sign, and ignores pairs without a name', () => {
    expect(cookieValues('=x; einlass=a=b', 'einlass')).to.deep.equal(['a=b']);
  });
});
