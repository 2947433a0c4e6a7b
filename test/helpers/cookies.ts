import { executeServerCommand } from '@web/test-runner-commands';

/** Deletes every cookie this document can see, on this host and on its parent domains. */
export function clearCookies(): void {
  const parts = location.hostname.split('.');
  const domains = ['', ...parts.slice(0, -1).map((_, i) => `; domain=.${parts.slice(i).join('.')}`)];
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (!name) continue;
    for (const domain of domains) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/${domain}`;
  }
}

/** Reads one cookie the way the page sees it. */
export function readCookie(name: string, doc = document): string | undefined {
  const pair = doc.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(name.length + 1));
}

/** A cookie as the browser stores it, with the attributes `document.cookie` does not show. */
export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

export async function browserCookies(): Promise<BrowserCookie[]> {
  return (await executeServerCommand<BrowserCookie[] | undefined, undefined>('net-cookies')) ?? [];
}
