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

  it('lets the config override any text in any language, and fall back for the rest', async () => {
    document.documentElement.lang = 'de';
    const ui = await mount({ ...siteConfig, texts: { de: { acceptAll: 'Alles erlauben' }, pl: { acceptAll: 'Zgoda na wszystko' } } });
    expect(ui.button('accept-all').textContent).to.equal('Alles erlauben');
    expect(ui.button('reject-all').textContent).to.equal('Alle ablehnen');
    unmountAll();
    document.documentElement.lang = 'pl';
    const pl = await mount({ ...siteConfig, texts: { pl: { acceptAll: 'Zgoda na wszystko' } } });
    expect(pl.button('accept-all').textContent).to.equal('Zgoda na wszystko');
    expect(pl.button('reject-all').textContent).to.equal('Odrzuć wszystkie');
  });

  it('follows <html lang> before the config\'s language, which serves the pages in other languages', async () => {
    for (const [lang, expected] of [['fr-BE', 'Tout accepter'], ['tr', 'Alle akzeptieren'], ['', 'Alle akzeptieren']] as const) {
      document.documentElement.lang = lang;
      const ui = await mount({ ...siteConfig, language: 'de' });
      expect(ui.button('accept-all').textContent, lang).to.equal(expected);
      unmountAll();
    }
  });

  it('offers only the languages the site lists', async () => {
    document.documentElement.lang = 'fr';
    const ui = await mount({ ...siteConfig, languages: ['de', 'en'] });
    expect(ui.button('accept-all').textContent).to.equal('Accept all');
  });

  it('addresses German visitors informally when the config says so', async () => {
    document.documentElement.lang = 'de-DE';
    const ui = await mount({ ...siteConfig, informal: true });
    expect(ui.$('.banner')?.textContent).to.include('wenn du zustimmst');
    expect(ui.$('.banner')?.getAttribute('lang')).to.equal('de');
    unmountAll();
    // Languages without an informal variant keep their own.
    document.documentElement.lang = 'fr';
    const fr = await mount({ ...siteConfig, informal: true });
    expect(fr.button('accept-all').textContent).to.equal('Tout accepter');
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
