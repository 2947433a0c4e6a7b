import { expect } from '@esm-bundle/chai';
import { siteConfig } from '../helpers/config';
import { mount, unmountAll } from '../helpers/ui';

describe('languages', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
    unmountAll();
  });

  it('follows <html lang>, with English for languages it lacks', async () => {
    for (const [lang, expected] of [['de', 'Alle akzeptieren'], ['de-AT', 'Alle akzeptieren'], ['en-GB', 'Accept all'], ['tr', 'Accept all'], ['fr', 'Tout accepter'], ['', 'Accept all']]) {
      document.documentElement.lang = lang ?? '';
      const ui = await mount();
      expect(ui.button('accept-all').textContent, lang).to.equal(expected);
      expect(ui.$('.banner')?.getAttribute('lang')).to.equal(lang?.startsWith('de') ? 'de' : lang === 'fr' ? 'fr' : 'en');
      unmountAll();
    }
  });

  it('lets the config override any text, and fall back for the rest', async () => {
    document.documentElement.lang = 'de';
    const ui = await mount({ ...siteConfig, texts: { de: { acceptAll: 'Alles erlauben' }, tr: { acceptAll: 'Hepsini kabul et' } } });
    expect(ui.button('accept-all').textContent).to.equal('Alles erlauben');
    expect(ui.button('reject-all').textContent).to.equal('Alle ablehnen');
    unmountAll();
    document.documentElement.lang = 'tr';
    const fr = await mount({ ...siteConfig, texts: { tr: { acceptAll: 'Hepsini kabul et' } } });
    expect(fr.button('accept-all').textContent).to.equal('Hepsini kabul et');
    expect(fr.button('reject-all').textContent).to.equal('Reject all');
  });

  it('shows config strings as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    const ui = await mount({
      ...siteConfig,
      categories: [{ name: 'analytics', title: payload, description: payload }],
      services: [{ name: 'x', category: 'analytics', title: payload, provider: payload, purpose: payload, cookies: [{ name: payload, duration: payload }] }],
      texts: { en: { bannerTitle: payload } },
    }, 'en');
    ui.button('settings').click();
    await ui.settle();
    ui.$$('details').forEach((d) => { d.setAttribute('open', ''); });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ui.$$('img, b')).to.have.length(0);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(ui.$('.banner h2')?.textContent).to.equal(payload);
  });
});
