import { decodeRecord } from '../core/record';
import { cookieStorage, type ConsentStorage } from '../core/storage';
import type { ResolvedConfig } from '../types';

/**
 * The consent cookie a config names, on this page: Secure on https and for a `__Host-` or `__Secure-`
 * name (which the browser keeps only so, on https or localhost), and aware of its own records.
 */
export function consentCookie(config: ResolvedConfig, now: () => number): ConsentStorage {
  return cookieStorage({
    ...config.cookie,
    secure: location.protocol === 'https:' || /^__(Host|Secure)-/.test(config.cookie.name),
    jar: () => document.cookie,
    hostname: location.hostname,
    isOurs: (value) => decodeRecord(value, config, now()) !== null,
  });
}

/** Why the consent cookie did not stick on this page, in words for the console. */
export function whyNotStored(config: ResolvedConfig): string {
  const { domain } = config.cookie;
  const host = location.hostname;
  if (!navigator.cookieEnabled) return 'this browser blocks cookies';
  if (/^__(Host|Secure)-/.test(config.cookie.name) && !isSecureContext) return `a cookie name starting with ${String(config.cookie.name.split('-')[0])}- is kept only on https (or localhost)`;
  if (domain !== undefined && host !== domain.replace(/^\./, '') && !host.endsWith(`.${domain.replace(/^\./, '')}`)) {
    return `cookie.domain "${domain}" does not cover this host (${host}), as when a production config runs on a staging host`;
  }
  return 'the browser refused it';
}
