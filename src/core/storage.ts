import Cookies from 'js-cookie';
import { cookieValues, parentDomains } from './cookies';

/** Where the consent record is kept. The default is a first-party cookie; tests and SSR may pass their own. */
export interface ConsentStorage {
  /** The stored value, or every value stored under the name (the newest valid record of the config counts). */
  readonly read: () => string | readonly string[] | undefined;
  readonly write: (value: string) => void;
  readonly clear: () => void;
}

/** Attributes of the consent cookie. */
export interface CookieOptions {
  readonly name: string;
  readonly domain: string | undefined;
  readonly lifetimeDays: number;
  /** Set on https pages only: a Secure cookie written on http would be dropped. */
  readonly secure: boolean;
  /** The page's `document.cookie`, read through the one cookie reader. */
  readonly jar: () => string;
  /** The page's host, whose parent domains an earlier `cookie.domain` setting may have used. */
  readonly hostname: string;
  /** Whether a value is a record of this config: only such a value, left under other attributes, is removed. */
  readonly isOurs?: (value: string) => boolean;
}

/**
 * The consent cookie. Attributes are fixed once with `withAttributes`, so a write and a removal
 * always agree on path and domain (a cookie removed with other attributes stays). Reads go through
 * the one cookie reader; a write or a removal also takes away a record of this config that an
 * earlier `cookie.domain` setting left (host-only versus domain), so no older decision can win later.
 */
export function cookieStorage(options: CookieOptions): ConsentStorage {
  const { name, domain, isOurs = () => true } = options;
  const jar = Cookies.withAttributes({ path: '/', sameSite: 'Lax', secure: options.secure, expires: options.lifetimeDays, ...(domain === undefined ? {} : { domain }) });
  const read = () => cookieValues(options.jar(), name);
  const removeVariants = (kept?: string) => {
    const stale = () => read().some((value) => value !== kept && isOurs(value));
    // Secure as written: a __Secure- variant is removed only so.
    if (domain !== undefined && stale()) Cookies.remove(name, { path: '/', secure: options.secure });
    for (const parent of domain === undefined ? parentDomains(options.hostname) : []) {
      if (stale()) Cookies.remove(name, { path: '/', domain: parent, secure: options.secure });
    }
  };
  return {
    read,
    write: (value) => {
      jar.set(name, value);
      removeVariants(value);
    },
    clear: () => {
      jar.remove(name);
      removeVariants();
    },
  };
}

/** Keeps the record in memory only: for server-side rendering and tests. */
export function memoryStorage(initial?: string): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
    clear: () => {
      value = undefined;
    },
  };
}
