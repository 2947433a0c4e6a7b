// The benchmark's pages: the same company page, the same four services and German texts, once per
// consent manager (einlass, Klaro, CookieConsent v3 = npm vanilla-cookieconsent, Osano's
// cookieconsent = npm cookieconsent). Only the lines each manager needs differ.

const CONTENT = `
  <header><strong>Beispiel GmbH</strong> · Maschinenbau seit 1952</header>
  <main>
    <h1>Präzision aus Musterstadt</h1>
    <p>${'Wir entwickeln und fertigen Sondermaschinen für die Verpackungsindustrie. '.repeat(6)}</p>
    <p>${'Unsere Anlagen laufen in über 40 Ländern, gewartet von unserem eigenen Service-Team. '.repeat(5)}</p>
    <h2>Unternehmensvideo</h2>
    VIDEO
    <p>${'Fragen Sie uns nach Referenzen aus Ihrer Branche. '.repeat(8)}</p>
  </main>
  <footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>`;

const GA = 'https://www.googletagmanager.com/gtag/js?id=G-BENCH01';
const VIDEO = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE';

const einlass = `
  <script type="application/json" data-einlass-config>{
    "privacyPolicy": "/datenschutz", "imprint": "/impressum",
    "integrations": {
      "matomo": { "url": "https://matomo.bench.example/", "siteId": 1 },
      "googleAnalytics": { "id": "G-BENCH01" },
      "googleAds": { "id": "AW-123456789" },
      "youtube": true
    }
  }</script>
  <script type="module" src="/dist/einlass.js"></script>`;

// Not a configuration we recommend: it measures what one round trip fewer would give. The hints
// fetch the first visit's parts with the loader instead of after it, on every visit, since the page
// cannot know whether its visitor has decided.
const einlassPreloaded = `${einlass}
  <link rel="modulepreload" href="/dist/einlass-ui.js">
  <link rel="modulepreload" href="/dist/einlass-embed.js">
  <link rel="modulepreload" href="/dist/einlass-lang-de.js">`;

const klaro = `
  <script>
    var klaroConfig = {
      lang: 'de', privacyPolicy: '/datenschutz', acceptAll: true, hideDeclineAll: false,
      services: [
        { name: 'matomo', title: 'Matomo', purposes: ['analytics'] },
        { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'] },
        { name: 'google-ads', title: 'Google Ads', purposes: ['marketing'] },
        { name: 'youtube', title: 'YouTube', purposes: ['media'] }
      ]
    };
  </script>
  <script defer src="/node_modules/klaro/dist/klaro.js"></script>
  <script type="text/plain" data-type="text/javascript" data-name="google-analytics" data-src="${GA}"></script>`;

const cookieconsent = `
  <link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">
  <script type="text/plain" data-category="analytics" data-service="google-analytics" data-src="${GA}"></script>`;

// CookieConsent needs document.body, so its documentation puts it at the end of the body.
const cookieconsentBody = `
  <script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
  <script>
    CookieConsent.run({
      hideFromBots: false,
      categories: {
        necessary: { enabled: true, readOnly: true },
        analytics: { services: { matomo: { label: 'Matomo' }, 'google-analytics': { label: 'Google Analytics' } } },
        marketing: { services: { 'google-ads': { label: 'Google Ads' } } },
        media: { services: { youtube: { label: 'YouTube' } } }
      },
      language: { default: 'de', translations: { de: {
        consentModal: { title: 'Datenschutz-Einstellungen', description: 'Wir möchten Dienste für Statistik, Marketing und Externe Medien nutzen.',
          acceptAllBtn: 'Alle akzeptieren', acceptNecessaryBtn: 'Alle ablehnen', showPreferencesBtn: 'Einstellungen' },
        preferencesModal: { title: 'Datenschutz-Einstellungen', acceptAllBtn: 'Alle akzeptieren', acceptNecessaryBtn: 'Alle ablehnen',
          savePreferencesBtn: 'Auswahl speichern', sections: [
            { title: 'Statistik', linkedCategory: 'analytics' }, { title: 'Marketing', linkedCategory: 'marketing' },
            { title: 'Externe Medien', linkedCategory: 'media' } ] }
      } } }
    });
  </script>`;

const osano = `
  <link rel="stylesheet" href="/node_modules/cookieconsent/build/cookieconsent.min.css">`;

// Osano's cookieconsent blocks nothing itself: the page loads its services from the callbacks, and
// the popup is appended to document.body, so it goes at the end of the body as well. No "location"
// option, so it asks no geolocation service and shows the opt-in banner to everyone.
const osanoBody = `
  <script src="/node_modules/cookieconsent/build/cookieconsent.min.js"></script>
  <script>
    function loadServices() {
      var ga = document.createElement('script');
      ga.async = true;
      ga.src = '${GA}';
      document.head.appendChild(ga);
      var video = document.querySelector('iframe[data-src]');
      if (video) video.src = video.getAttribute('data-src');
    }
    window.cookieconsent.initialise({
      type: 'opt-in', position: 'bottom', revokable: true,
      palette: { popup: { background: '#383b75' }, button: { background: '#f1d600' } },
      content: { header: 'Datenschutz-Einstellungen', message: 'Wir möchten Dienste für Statistik, Marketing und Externe Medien nutzen.',
        allow: 'Alle akzeptieren', deny: 'Alle ablehnen', link: 'Datenschutzerklärung', href: '/datenschutz', target: '_self',
        policy: 'Datenschutz-Einstellungen' },
      onInitialise: function (status) { if (status === 'allow') loadServices(); },
      onStatusChange: function (status) { if (status === 'allow') loadServices(); }
    });
  </script>`;

const EINLASS_VIDEO = `<iframe title="Unternehmensvideo" data-src="https://www.youtube.com/embed/M7lc1UVf-VE" width="560" height="315"></iframe>`;
const VIDEOS = {
  einlass: EINLASS_VIDEO,
  einlassPreloaded: EINLASS_VIDEO,
  klaro: `<iframe title="Unternehmensvideo" data-name="youtube" data-src="${VIDEO}" width="560" height="315"></iframe>`,
  cookieconsent: `<iframe title="Unternehmensvideo" data-category="media" data-service="youtube" data-src="${VIDEO}" width="560" height="315"></iframe>`,
  osano: `<iframe title="Unternehmensvideo" data-src="${VIDEO}" width="560" height="315"></iframe>`,
};

const einlassBanner = () => document.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner');
const einlassReject = () => document.querySelector('einlass-ui')?.shadowRoot?.querySelector('[data-choice="reject-all"]')?.click();

/**
 * The tools, with how to see their banner and how to refuse in it. A `variant` is einlass set up
 * otherwise, measured beside it but never counted as a peer.
 */
export const TOOLS = {
  einlass: { head: einlass, banner: einlassBanner, reject: einlassReject },
  einlassPreloaded: { head: einlassPreloaded, banner: einlassBanner, reject: einlassReject, variant: true },
  klaro: {
    head: klaro,
    banner: () => document.querySelector('.klaro .cookie-notice:not(.cookie-notice-hidden)'),
    reject: () => document.querySelector('.klaro .cn-decline')?.click(),
  },
  cookieconsent: {
    head: cookieconsent,
    end: cookieconsentBody,
    banner: () => document.querySelector('#cc-main .cm'),
    reject: () => document.querySelector('#cc-main .cm [data-role="necessary"]')?.click(),
  },
  osano: {
    head: osano,
    end: osanoBody,
    banner: () => document.querySelector('.cc-window.cc-banner'),
    reject: () => document.querySelector('.cc-window .cc-deny')?.click(),
  },
};

export function page(tool) {
  return `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Beispiel GmbH (${tool})</title>
  <style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:44rem;padding:1rem}</style>
  ${TOOLS[tool].head}
</head>
<body>${CONTENT.replace('VIDEO', VIDEOS[tool])}${TOOLS[tool].end ?? ''}</body>
</html>`;
}
