// The demo site's one config, shared by every page: it writes the JSON block that einlass.js reads,
// so a multi-page site keeps its config in one file. (Demo extra: ?lang=, ?theme= and ?view=settings
// pick the language, theme and view, which is how the README screenshots are taken.)
const config = {
  revision: 1,
  privacyPolicy: '/demo/datenschutz.html',
  imprint: '/demo/impressum.html',
  consentLog: '/demo/consent',
  categories: [
    { name: 'necessary', title: { de: 'Notwendig', en: 'Necessary' }, description: { de: 'Speichert Ihre Auswahl. Immer aktiv.', en: 'Remembers your choice. Always on.' } },
    { name: 'analytics', title: { de: 'Statistik', en: 'Statistics' }, description: { de: 'Hilft uns zu verstehen, wie die Website genutzt wird.', en: 'Helps us understand how the site is used.' } },
    { name: 'marketing', title: { de: 'Marketing', en: 'Marketing' }, description: { de: 'Misst den Erfolg unserer Anzeigen.', en: 'Measures how well our ads work.' } },
    { name: 'media', title: { de: 'Externe Medien', en: 'External media' }, description: { de: 'Videos und Schriften anderer Anbieter.', en: 'Videos and fonts from other providers.' } },
  ],
  integrations: {
    matomo: { url: 'https://matomo.beispiel-gmbh.example/', siteId: 1 },
    googleAnalytics: { id: 'G-DEMO2026' },
    googleAds: { id: 'AW-123456789' },
    youtube: true,
    googleFonts: { families: ['Roboto:wght@400;700'] },
  },
};

const params = new URLSearchParams(location.search);
if (params.has('lang')) document.documentElement.lang = params.get('lang');
if (params.has('theme')) config.theme = params.get('theme');
if (params.get('view') === 'settings') document.addEventListener('einlass:ready', (event) => event.detail.showSettings());

const block = document.createElement('script');
block.type = 'application/json';
block.dataset.einlassConfig = '';
block.textContent = JSON.stringify(config);
document.currentScript.after(block);
