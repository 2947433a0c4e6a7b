import Cookies from 'js-cookie';

/** Where the consent record is kept. The default is a first-party cookie; tests and SSR may pass their own. */
export interface ConsentStorage {
  readonly read: () => string | undefined;
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
}

/**
 * The one place that touches cookies. Attributes are fixed once with `withAttributes`, so a write
 * and a removal always agree on path and domain (a cookie removed with other attributes stays).
 */
export function cookieStorage(options: CookieOptions): ConsentStorage {
  const jar = Cookies.withAttributes({
    path: '/',
    sameSite: 'Lax',
    secure: options.secure,
    expires: options.lifetimeDays,
    ...(options.domain === undefined ? {} : { domain: options.domain }),
  });
  return {
    read: () => jar.get(options.name),
    write: (value) => {
      jar.set(options.name, value);
    },
    clear: () => {
      jar.remove(options.name);
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
