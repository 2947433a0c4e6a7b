import { expect } from '@esm-bundle/chai';
import { createConsent } from '../../src/create';
import type { Einlass } from '../../src/types';
import { siteConfig } from '../helpers/config';
import { clearCookies, readCookie } from '../helpers/cookies';

describe('migration from the Osano cookie banner', () => {
  const running: Einlass[] = [];
  const start = () => {
    const einlass = createConsent(siteConfig, { gate: false });
    running.push(einlass);
    return einlass;
  };
  beforeEach(clearCookies);
  afterEach(() => {
    running.splice(0).forEach((e) => { e.destroy(); });
    clearCookies();
  });

  it('takes over "deny" as a recorded refusal, and deletes the old cookie', () => {
    document.cookie = 'cookieconsent_status=deny; path=/';
    const einlass = start();
    expect(einlass.$record.get()?.action).to.equal('reject-all');
    expect(einlass.isGranted('analytics')).to.equal(false);
    expect(readCookie('cookieconsent_status')).to.equal(undefined);
    expect(start().$record.get()?.action).to.equal('reject-all');
  });

  for (const value of ['allow', 'dismiss', 'garbage']) {
    it(`asks again after "${value}", which never said which services, and deletes the old cookie`, () => {
      document.cookie = `cookieconsent_status=${value}; path=/; domain=.einlass.test`;
      const einlass = start();
      expect(einlass.$decided.get()).to.equal(false);
      expect(einlass.isGranted('analytics')).to.equal(false);
      expect(readCookie('cookieconsent_status')).to.equal(undefined);
    });
  }

  it('leaves a decision made with einlass alone, and still removes the old cookie', () => {
    start().acceptAll();
    document.cookie = 'cookieconsent_status=deny; path=/';
    expect(start().$record.get()?.action).to.equal('accept-all');
    expect(readCookie('cookieconsent_status')).to.equal(undefined);
  });
});
