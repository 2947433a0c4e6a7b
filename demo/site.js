// The demo site's own script: keeps the language across pages, shows what einlass has granted, and
// reports the Google Ads conversion on the thank-you page (a no-op without consent).
const lang = document.documentElement.lang;
for (const link of document.querySelectorAll('a[href^="/demo/"]')) {
  const url = new URL(link.href);
  url.searchParams.set('lang', lang);
  link.href = url.pathname + url.search;
}
for (const input of document.querySelectorAll('[data-keep-lang]')) input.value = lang;
for (const switcher of document.querySelectorAll('[data-lang]')) {
  const url = new URL(location.href);
  url.searchParams.set('lang', switcher.dataset.lang);
  switcher.href = url.pathname + url.search;
  if (switcher.dataset.lang === lang) switcher.setAttribute('aria-current', 'true');
}

function showState(einlass) {
  const state = document.getElementById('state');
  if (!state) return;
  const record = einlass.$record.get();
  state.textContent = JSON.stringify(
    {
      decided: einlass.$decided.get(),
      action: record?.action ?? null,
      consentId: record?.id ?? null,
      lastChanged: record ? new Date(record.updated).toISOString() : null,
      services: einlass.$grants.get().services,
    },
    null,
    2,
  );
}

function start(einlass) {
  showState(einlass);
  document.addEventListener('einlass:change', () => showState(einlass));
  const conversion = document.getElementById('conversion');
  if (conversion) {
    const reported = einlass.integration('google-ads')?.conversion('demo-contact', { value: 1, currency: 'EUR' });
    conversion.textContent = reported
      ? (lang === 'en' ? 'Google Ads conversion reported.' : 'Google-Ads-Conversion gemeldet.')
      : (lang === 'en' ? 'No Google Ads conversion: marketing is not allowed.' : 'Keine Google-Ads-Conversion: Marketing ist nicht erlaubt.');
  }
  document.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action) einlass[action]();
  });
}

if (window.Einlass) start(window.Einlass);
else document.addEventListener('einlass:ready', (event) => start(event.detail), { once: true });
