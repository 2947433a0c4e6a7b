import { stub } from './network';

/** Where the tests' Matomo runs. */
export const MATOMO = 'https://matomo.example.org/';

/** Serves test/fixtures/matomo-standin.js (which imitates matomo.js 5.2) as the Matomo host's matomo.js. */
export async function serveMatomoStandIn(): Promise<void> {
  const body = await (await fetch('/test/fixtures/matomo-standin.js')).text();
  await stub({ prefix: `${MATOMO}matomo.js`, body, contentType: 'text/javascript' });
}

/** The requests the tracker sent to matomo.php, as their query parameters. */
export function trackingRequests(requests: readonly { url: string }[]): URLSearchParams[] {
  return requests.filter((r) => r.url.startsWith(`${MATOMO}matomo.php`)).map((r) => new URL(r.url).searchParams);
}
