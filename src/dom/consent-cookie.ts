import { decodeRecord } from '../core/record';
import { cookieStorage, type ConsentStorage } from '../core/storage';
import type { ResolvedConfig } from '../types';

/** The consent cookie a config names, on this page: Secure on https, and aware of its own records. */
export function consentCookie(config: ResolvedConfig, now: () => number): ConsentStorage {
  return cookieStorage({
    ...config.cookie,
    secure: location.protocol === 'https:',
    jar: () => document.cookie,
    hostname: location.hostname,
    isOurs: (value) => decodeRecord(value, config, now()) !== null,
  });
}
