import { executeServerCommand } from '@web/test-runner-commands';

/** A request to a non-local host, answered by the test set-up instead of the internet. */
export interface RecordedRequest {
  url: string;
  method: string;
  type: string;
  time: number;
}

/** How the test set-up answers requests whose URL starts with `prefix`. */
export interface Stub {
  prefix: string;
  body?: string;
  status?: number;
  contentType?: string;
  delayMs?: number;
  abort?: boolean;
}

export async function thirdPartyRequests(): Promise<RecordedRequest[]> {
  return (await executeServerCommand<RecordedRequest[] | undefined, undefined>('net-log')) ?? [];
}

/** The hosts of the recorded requests, sorted, each once. */
export async function requestedHosts(): Promise<string[]> {
  return [...new Set((await thirdPartyRequests()).map((r) => new URL(r.url).hostname))].sort();
}

export async function clearRequests(): Promise<void> {
  await executeServerCommand('net-clear');
  await executeServerCommand('net-unstub');
}

export async function stub(rule: Stub): Promise<void> {
  await executeServerCommand('net-stub', rule);
}

/** Lets the browser finish what it started, so a "no request" assertion means something. */
export function settle(ms = 200): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The recorded requests once `enough` holds for them, or after `ms` (for the assertion to report
 * what came): a fixed pause is too short on a busy machine.
 */
export async function requestsWhen(enough: (requests: RecordedRequest[]) => boolean, ms = 4000): Promise<RecordedRequest[]> {
  const end = Date.now() + ms;
  let requests = await thirdPartyRequests();
  while (!enough(requests) && Date.now() < end) {
    await settle(50);
    requests = await thirdPartyRequests();
  }
  return requests;
}
