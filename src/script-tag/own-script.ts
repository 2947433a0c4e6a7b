/** The last segment of an address's path: `einlass.js` for `https://cdn.example/einlass/0.2.0/einlass.js?v=2`. */
function fileOf(address: string): string {
  return new URL(address, document.baseURI).pathname.split('/').pop() ?? '';
}

/**
 * The script tag that loaded `url` (a module script has no `document.currentScript`): the one with
 * that address, else one marked `data-einlass`, else one with the same file name. The last two
 * find it when it was served through a redirect (`/einlass/latest/einlass.js` to a versioned path),
 * whose final address is what `import.meta.url` gives.
 */
export function ownScript(url: string): HTMLScriptElement | undefined {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.find((s) => s.src === url) ?? scripts.find((s) => s.hasAttribute('data-einlass')) ?? scripts.find((s) => fileOf(s.src) === fileOf(url));
}
