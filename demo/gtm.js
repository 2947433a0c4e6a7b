// A stand-in for the demo's Google Tag Manager container (the demo runs offline, so einlass's
// googleTagManager integration fetches it from /demo/gtm.js instead of googletagmanager.com). It
// reads the dataLayer as gtm.js does: the Consent Mode state from gtag's commands, and one trigger,
// on the custom event einlass_consent_update, whose tag fires only while analytics_storage is
// granted, as a GA4 tag in a real container would. /demo/tag-manager.html shows what it sees.
(() => {
  const dataLayer = (window.dataLayer = window.dataLayer || []);
  const consent = {};
  const lines = [];
  const show = (line) => {
    lines.push(line);
    const out = document.getElementById('gtm-log');
    if (out) out.textContent = lines.join('\n');
  };
  const handle = (entry) => {
    if (Object.prototype.toString.call(entry) === '[object Arguments]') {
      const [command, action, state] = entry;
      if (command !== 'consent') return;
      Object.assign(consent, state);
      show(`consent ${action}: analytics_storage ${consent.analytics_storage}, ad_storage ${consent.ad_storage}, ad_personalization ${consent.ad_personalization}`);
    } else if (entry && entry.event === 'einlass_consent_update') {
      show(`trigger einlass_consent_update: categories ${entry.einlass.categories.join(', ')}`);
      show(consent.analytics_storage === 'granted' ? '  tag "GA4 page view" fires' : '  tag "GA4 page view" held back: analytics_storage denied');
    }
  };
  show('container GTM-DEMO26 loaded');
  dataLayer.forEach(handle);
  const push = dataLayer.push.bind(dataLayer);
  dataLayer.push = (...entries) => {
    const length = push(...entries);
    entries.forEach(handle);
    return length;
  };
  document.addEventListener('DOMContentLoaded', () => { show(`(${String(lines.length)} lines so far)`); }, { once: true });
})();
