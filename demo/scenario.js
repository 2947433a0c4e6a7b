// Demo only: lets a URL pick the language, theme and view (?lang=en&theme=dark&view=settings),
// which is how the README screenshots are taken. It edits the config block before einlass reads it.
const params = new URLSearchParams(location.search);
const block = document.querySelector('script[data-einlass-config]');
const config = JSON.parse(block.textContent);
if (params.has('theme')) config.theme = params.get('theme');
if (params.has('lang')) document.documentElement.lang = params.get('lang');
block.textContent = JSON.stringify(config);
if (params.get('view') === 'settings') {
  document.addEventListener('einlass:ready', (event) => event.detail.showSettings());
}
