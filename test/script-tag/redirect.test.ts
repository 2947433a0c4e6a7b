import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames } from '../helpers/frames';
import { banner, clickInBanner, visit } from '../helpers/site';

// Both pages send "script-src 'self' 'nonce-einlass-redirect-nonce-7c2e'" (web-test-runner.config.mjs).
const PAGES = [
  { address: '/redirect/einlass.js', page: '/test/fixtures/redirect-csp.html' },
  { address: '/redirect/einlass.js?v=1', page: '/test/fixtures/redirect-csp-versioned.html' },
];

describe('the loader served through a redirect', () => {
  useFixtureFrames();

  for (const { address, page } of PAGES) {
    it(`honours data-config and the tag's nonce when the tag's src is ${address}`, async () => {
      const response = await fetch(address);
      expect([response.redirected, new URL(response.url).pathname], 'the address redirects to the built loader').to.deep.equal([true, '/dist/einlass.js']);

      const { win } = await visit(page);
      expect(win.errors, 'errors').to.deep.equal([]);
      await until(() => banner(win.document) !== null, 3000);
      expect(banner(win.document)?.querySelector('h2')?.textContent, 'the banner, with the texts of the block data-config names').to.equal('Cookies bei der Beispiel GmbH');
      await clickInBanner(win.document, 'accept-all');
      await until(() => win.inlineRan === true && win.externalRan === true, 3000);
      expect(win.violations, 'CSP violations').to.deep.equal([]);
    });
  }
});
