/**
 * Every value stored under `name` in a `document.cookie` string, in the browser's order. Several
 * cookies can share a name (host-only and domain cookies, other paths, a sibling site's), so the
 * caller decides which one counts. Names are compared as strings: no object lookup, so a cookie
 * named `constructor` or `__proto__` reads like any other. einlass's values need no decoding.
 * @example cookieValues('a=1; einlass=1.x; einlass=1.y', 'einlass') // ['1.x', '1.y']
 */
export function cookieValues(jar: string, name: string): string[] {
  return pairs(jar).filter(([key]) => key === name).map(([, value]) => value);
}

/** The names in a `document.cookie` string, each once. */
export function cookieNames(jar: string): string[] {
  return [...new Set(pairs(jar).map(([key]) => key))];
}

function pairs(jar: string): [string, string][] {
  return jar.split(';').flatMap((pair): [string, string][] => {
    const at = pair.indexOf('=');
    return at > 0 ? [[pair.slice(0, at).trim(), pair.slice(at + 1).trim()]] : [];
  });
}

/**
 * The domains a cookie on this host may have been set for besides host-only: `.www.example.com`,
 * `.example.com` (and `.com`, which a browser refuses, so trying it is harmless). None for an IP address.
 */
export function parentDomains(hostname: string): string[] {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return [];
  const parts = hostname.split('.');
  return parts.slice(0, -1).map((_, i) => `.${parts.slice(i).join('.')}`);
}
