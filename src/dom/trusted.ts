/**
 * einlass's Trusted Types policy, `einlass`. A page that enforces `require-trusted-types-for
 * 'script'` (Google's strict-CSP recipe) lets it through with `trusted-types einlass`. It passes
 * values unchanged: einlass gives it only the addresses and inline scripts that the site's own page
 * or config names, or the integrations' fixed vendor addresses.
 */
interface Policy {
  readonly createScriptURL: (url: string) => unknown;
  readonly createScript: (text: string) => unknown;
}

interface TrustedTypesFactory {
  readonly createPolicy: (name: string, rules: { createScriptURL: (s: string) => string; createScript: (s: string) => string }) => Policy;
}

let policy: Policy | null | undefined;

function einlassPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory?.createPolicy('einlass', { createScriptURL: (url) => url, createScript: (text) => text }) ?? null;
  } catch (error) {
    // The page's `trusted-types` directive does not name einlass: say so once; the scripts then fail visibly.
    console.warn('einlass: add "einlass" to the trusted-types directive of your Content-Security-Policy, or gated scripts cannot run:', error);
    policy = null;
  }
  return policy;
}

/** A script address, as a TrustedScriptURL where the page enforces Trusted Types. */
export const scriptUrl = (url: string): string => (einlassPolicy()?.createScriptURL(url) ?? url) as string;

/** An inline script's text, as a TrustedScript where the page enforces Trusted Types. */
export const scriptText = (text: string): string => (einlassPolicy()?.createScript(text) ?? text) as string;
