import { expect } from '@esm-bundle/chai';
import { googleFonts } from '../../src/integrations/google-fonts/index';
import { resetVendors, start } from '../helpers/integrations';
import { until } from '../helpers/frames';
import { settle, stub, thirdPartyRequests } from '../helpers/network';

const CSS = 'https://fonts.googleapis.com/css2?family=Roboto:wght@400;700&family=Open+Sans&display=swap';
const links = () => [...document.head.querySelectorAll('link')].filter((l) => /fonts\.(googleapis|gstatic)\.com/.test(l.href)).map((l) => `${l.rel} ${l.href}`);

describe('Google Fonts', () => {
  beforeEach(resetVendors);
  afterEach(resetVendors);

  it('adds no stylesheet and no preconnect before consent, so the page shows its fallback fonts', async () => {
    start([googleFonts({ families: ['Roboto:wght@400;700', 'Open Sans'] })]);
    await settle();
    expect(links()).to.deep.equal([]);
    expect(await thirdPartyRequests()).to.deep.equal([]);
  });

  it('loads the stylesheet with its preconnects on consent, and removes them on withdrawal', async () => {
    await stub({ prefix: 'https://fonts.googleapis.com/', contentType: 'text/css', body: 'body { --fonts-loaded: yes; }' });
    const einlass = start([googleFonts({ families: ['Roboto:wght@400;700', 'Open Sans'] })]);
    einlass.save({ categories: { media: true } });
    // Applied once the stylesheet has arrived, which a busy machine may take longer than a fixed pause for.
    const applied = () => getComputedStyle(document.body).getPropertyValue('--fonts-loaded').trim();
    await until(() => applied() === 'yes', 3000).catch(() => undefined);
    expect(links()).to.deep.equal(['preconnect https://fonts.googleapis.com/', 'preconnect https://fonts.gstatic.com/', `stylesheet ${CSS}`]);
    expect((await thirdPartyRequests()).map((r) => r.url)).to.include(CSS);
    expect(applied()).to.equal('yes');
    einlass.rejectAll();
    expect(links()).to.deep.equal([]);
    expect(getComputedStyle(document.body).getPropertyValue('--fonts-loaded')).to.equal('');
  });

  it('takes the stylesheet address Google gives, and refuses any other host', () => {
    expect(googleFonts({ url: CSS }).name).to.equal('google-fonts');
    expect(() => start([googleFonts({ url: 'https://evil.example/css' })])).to.throw(/googleFonts\.url: expected a value such as "https:\/\/fonts.googleapis.com\/css2\?family=Roboto"/);
  });
});
