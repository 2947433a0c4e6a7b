import type { ReadableAtom } from 'nanostores';
import { cookieNames, parentDomains } from '../core/cookies';
import type { Grants, ResolvedCookie } from '../types';

/** A cookie to delete: by exact name or pattern (`^_ga`), on the domain it was set for when that is not this host. */
export interface CookieMatch {
  readonly name: string;
  readonly domain?: string | undefined;
}

const EXPIRED = 'expires=Thu, 01 Jan 1970 00:00:00 GMT';

/** The domains a cookie seen on this host may have been set for: host-only, the host, each parent. */
function domainsFor(hostname: string): (string | undefined)[] {
  return [undefined, ...parentDomains(hostname)];
}

/** `/` and every prefix of the current path: a cookie set without `path` defaults to its directory. */
function pathsFor(pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean);
  return ['/', ...segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}`)];
}

/**
 * Deletes the cookies a service's config lists, by exact name or pattern (`^_ga`), wherever this
 * page could have set them. A cookie is only gone when it is expired with the path and domain it
 * was set with, and JavaScript cannot read those back, so every combination is tried.
 * HttpOnly cookies and cookies of other sites (inside iframes) are out of reach of any script.
 */
export function deleteCookies(cookies: readonly CookieMatch[], doc: Document = document): string[] {
  const present = cookieNames(doc.cookie);
  const { hostname, pathname } = doc.location;
  const deleted: string[] = [];
  for (const info of cookies) {
    const matches = info.name.startsWith('^') ? (n: string) => new RegExp(info.name).test(n) : (n: string) => n === info.name;
    const domains = info.domain ? [info.domain, ...domainsFor(hostname)] : domainsFor(hostname);
    for (const name of present.filter(matches)) {
      for (const domain of domains) {
        for (const path of pathsFor(pathname)) {
          doc.cookie = `${name}=; ${EXPIRED}; path=${path}${domain ? `; domain=${domain}` : ''}`;
        }
      }
      deleted.push(name);
    }
  }
  return deleted;
}

/**
 * Deletes the cookies of every service not granted, now and after every change, except those that
 * record the refusal or that a granted service lists too. On every page view, not only when a
 * visitor withdraws: a withdrawal on shop.example.com cannot reach www's host-only `_ga`, and a
 * refusal after a revision bump or an expired decision must leave none of an earlier acceptance
 * behind. Returns the unsubscribe.
 */
export function keepRefusedCookiesOut($grants: ReadableAtom<Grants>, services: readonly { readonly name: string; readonly cookies?: readonly ResolvedCookie[] }[]): () => void {
  return $grants.subscribe((grants) => {
    const allowed = (s: { readonly name: string }) => grants.services[s.name] === true;
    // Tag Manager lists the _ga cookies its tags set; with Analytics granted, they are Analytics' too and stay.
    const kept = new Set(services.filter(allowed).flatMap((s) => (s.cookies ?? []).map((c) => c.name)));
    const refused = services.filter((s) => !allowed(s)).flatMap((s) => s.cookies ?? []);
    deleteCookies(refused.filter((c) => !c.keptOnRefusal && !kept.has(c.name)));
  });
}
