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

/** Whether a cookie name is one a config's entry means: its exact name, or its pattern (`^_ga_`). */
function matcherOf(entry: CookieMatch): (name: string) => boolean {
  if (!entry.name.startsWith('^')) return (name) => name === entry.name;
  const pattern = new RegExp(entry.name);
  return (name) => pattern.test(name);
}

/**
 * Deletes the cookies a service's config lists, by exact name or pattern (`^_ga_`), wherever this
 * page could have set them, but none that `keep` holds on to. A cookie is only gone when it is
 * expired with the path and domain it was set with, and JavaScript cannot read those back, so
 * every combination is tried. HttpOnly cookies and cookies of other sites (inside iframes) are out
 * of reach of any script.
 */
export function deleteCookies(cookies: readonly CookieMatch[], doc: Document = document, keep: (name: string) => boolean = () => false): string[] {
  const present = cookieNames(doc.cookie);
  const { hostname, pathname } = doc.location;
  const deleted: string[] = [];
  for (const info of cookies) {
    const domains = info.domain ? [info.domain, ...domainsFor(hostname)] : domainsFor(hostname);
    for (const name of present.filter(matcherOf(info)).filter((n) => !keep(n))) {
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

interface Service {
  readonly name: string;
  readonly cookies?: readonly ResolvedCookie[];
}

/**
 * Deletes the cookies of every service not granted, now and after every change, but never the
 * consent cookie, one that records the refusal, or one a granted service sets too (by name, not
 * by pattern: Analytics granted keeps `_ga` though Tag Manager's list of it is refused). A listing
 * on behalf of a configured `owner` service keeps nothing while that owner is refused. On every
 * page view, not only when a visitor withdraws: a withdrawal on shop.example.com cannot reach
 * www's host-only `_ga`, and a refusal after a revision bump or an expired decision must leave
 * none of an earlier acceptance behind. Returns the unsubscribe.
 */
export function keepRefusedCookiesOut($grants: ReadableAtom<Grants>, services: readonly Service[], consentCookie: string): () => void {
  return $grants.subscribe((grants) => {
    const allowed = (name: string) => grants.services[name] === true;
    const configured = (name: string) => services.some((s) => s.name === name);
    const keeping = services
      .filter((s) => allowed(s.name))
      .flatMap((s) => s.cookies ?? [])
      .filter((c) => c.owner === undefined || !configured(c.owner) || allowed(c.owner))
      .map(matcherOf);
    const refused = services.filter((s) => !allowed(s.name)).flatMap((s) => s.cookies ?? []);
    deleteCookies(refused.filter((c) => !c.keptOnRefusal), document, (name) => name === consentCookie || keeping.some((keeps) => keeps(name)));
  });
}
