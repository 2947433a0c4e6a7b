// The demo site's one config, shared by every page: it writes the JSON block that einlass.js reads,
// so a multi-page site keeps its config in one file. (Demo extra: ?lang=, ?theme= and ?view=settings
// pick the language, theme and view, and ?show= an element to scroll to, which is how the README
// screenshots are taken.) No categories are listed: each integration brings its own, titled in
// every language einlass ships.
const config = {
  revision: 1,
  privacyPolicy: '/demo/datenschutz.html',
  imprint: '/demo/impressum.html',
  consentLog: '/demo/consent',
  integrations: {
    matomo: { url: 'https://matomo.beispiel-gmbh.example/', siteId: 1 },
    googleAnalytics: { id: 'G-DEMO2026' },
    googleAds: { id: 'AW-123456789', remarketing: true },
    // Served by the demo itself (demo/gtm.js, a stand-in container): offline, googletagmanager.com is unreachable.
    googleTagManager: { id: 'GTM-DEMO26', url: '/demo' },
    youtube: true,
    googleFonts: { families: ['Roboto:wght@400;700'] },
  },
};

const params = new URLSearchParams(location.search);
if (params.has('lang')) document.documentElement.lang = params.get('lang');
if (params.has('theme')) config.theme = params.get('theme');
if (params.get('view') === 'settings') document.addEventListener('einlass:ready', (event) => event.detail.showSettings());
// ?show=video scrolls to an element once einlass has drawn into the page (a URL fragment would be
// resolved before the video's placeholder exists).
if (params.has('show')) document.addEventListener('einlass:ready', () => { setTimeout(() => document.getElementById(params.get('show'))?.scrollIntoView(), 500); });

const block = document.createElement('script');
block.type = 'application/json';
block.dataset.einlassConfig = '';
block.textContent = JSON.stringify(config);
document.currentScript.after(block);
