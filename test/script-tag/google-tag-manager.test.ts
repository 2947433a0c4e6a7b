import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames } from '../helpers/frames';
import { requestsWhen, settle, thirdPartyRequests } from '../helpers/network';
import { banner, clickInBanner, configPage, openDialog, visit } from '../helpers/site';

const CONFIG = {
  privacyPolicy: '/datenschutz',
  categories: [{ name: 'analytics', title: { de: 'Statistik' } }],
  integrations: { googleTagManager: { id: 'GTM-TEST123' } },
};
const PAGE = configPage(CONFIG);
const GOOGLE = /googletagmanager\.com|google-analytics\.com|googleadservices\.com|doubleclick\.net/;

interface LayerWindow extends Window {
  dataLayer?: unknown[];
  marker?: string;
}
/** A frame's dataLayer: gtag's commands as arrays, events as they are. */
const layerOf = (win: LayerWindow | null | undefined) => (win?.dataLayer ?? []).map((entry) =>
  Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>) : (entry as Record<string, unknown>).event);

describe('Google Tag Manager through the script tag', () => {
  useFixtureFrames();

  it('names Google in the banner with its page on how it uses data, and asks Google for nothing before a choice', async () => {
    const { win } = await visit(PAGE);
    await until(() => banner(win.document) !== null, 3000);
    const shown = banner(win.document);
    expect(shown?.querySelector('#einlass-banner-text')?.textContent).to.include('Empfänger der Daten: Google.');
    const link = shown?.querySelector('#einlass-banner-text a[href="https://business.safety.google/privacy/"]');
    expect([link?.textContent, link?.getAttribute('aria-label')]).to.deep.equal(['Google', 'Wie Google Daten nutzt']);
    await settle();
    expect((await thirdPartyRequests()).filter((r) => GOOGLE.test(r.url))).to.deep.equal([]);
  });

  it('on a repeat visit puts the stored decision right after the defaults, before the container, which loads once', async () => {
    const first = await visit(PAGE);
    await clickInBanner(first.win.document, 'accept-all');
    await until(() => first.win.Einlass?.$decided.get() === true);
    // Leaving before the first page view's container request reached the network would cancel it.
    await requestsWhen((r) => r.some((q) => GOOGLE.test(q.url)));
    first.leave();
    const { win } = await visit(PAGE);
    await until(() => layerOf(win).includes('gtm.js'));
    expect(layerOf(win).slice(0, 4).map((e) => (Array.isArray(e) ? e.slice(0, 2).join(' ') : e))).to.deep.equal([
      'consent default', 'set ads_data_redaction', 'consent update', 'einlass_consent_update',
    ]);
    expect(layerOf(win)[4]).to.equal('gtm.js');
    // Both page views' container requests, however late the second is logged on a busy machine; then no third.
    await requestsWhen((r) => r.filter((q) => GOOGLE.test(q.url)).length >= 2);
    await settle();
    expect((await thirdPartyRequests()).filter((r) => GOOGLE.test(r.url)).map((r) => r.url)).to.deep.equal([
      'https://www.googletagmanager.com/gtm.js?id=GTM-TEST123', 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST123',
    ]);
  });

  it('reloads the page once on withdrawal after the container ran, since its tags cannot be unloaded', async () => {
    const { win } = await visit(PAGE);
    await win.Einlass?.acceptAll();
    await until(() => layerOf(win).includes('gtm.js'));
    (win as LayerWindow).marker = 'before';
    const frame = document.querySelector('iframe');
    const reloaded = new Promise((resolve) => { frame?.addEventListener('load', resolve, { once: true }); });
    await win.Einlass?.rejectAll();
    await reloaded;
    const after = frame?.contentWindow as LayerWindow | null;
    await until(() => after?.document.readyState === 'complete');
    expect(after?.marker, 'a fresh page').to.equal(undefined);
    await settle();
    expect(layerOf(after).includes('gtm.js'), 'no container after the withdrawal').to.equal(false);
  });

  it('shows Google Ads conversions and remarketing as two services, each with its own purpose and switch', async () => {
    const { win } = await visit(configPage({ integrations: { googleAds: { id: 'AW-123456789', remarketing: true } } }));
    win.Einlass?.showSettings();
    await until(() => openDialog(win.document) !== null, 3000);
    const services = [...(openDialog(win.document)?.querySelectorAll('.service') ?? [])];
    expect(services).to.have.length(2);
    expect(services[0]?.textContent).to.include('Google Ads').and.include('Erfolgsmessung von Anzeigen');
    expect(services[1]?.textContent).to.include('Google Ads Remarketing').and.include('anhand Ihrer Besuche hier (Remarketing)').and.include('IDE');
    expect(services.map((s) => s.querySelectorAll('[role="switch"]').length)).to.deep.equal([1, 1]);
  });

  it('drives the demo\'s container: its trigger on einlass_consent_update fires the GA4 tag only with analytics_storage granted', async () => {
    const { win } = await visit('/demo/tag-manager.html');
    await settle();
    expect(win.document.getElementById('gtm-log')?.textContent, 'no container before a choice').not.to.include('container GTM-DEMO26 loaded');
    // Marketing (Tag Manager) without statistics: the container loads, its GA4 tag holds back.
    await win.Einlass?.save({ categories: { marketing: true, analytics: false } });
    await until(() => (win.document.getElementById('gtm-log')?.textContent ?? '').includes('tag "GA4 page view" held back: analytics_storage denied'), 3000);
    await win.Einlass?.acceptAll();
    await until(() => (win.document.getElementById('gtm-log')?.textContent ?? '').includes('tag "GA4 page view" fires'), 3000);
    expect(win.document.getElementById('gtm-log')?.textContent).to.include('consent update: analytics_storage granted, ad_storage granted, ad_personalization granted');
  });
});
