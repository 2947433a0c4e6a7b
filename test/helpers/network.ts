import { executeServerCommand } from '@web/test-runner-commands';

/** A request to a non-local host, answered by the test set-up instead of the internet. */
export interface RecordedRequest {
  url: string;
  method: string;
  type: string;
  time: number;
}

export async function thirdPartyRequests(): Promise<RecordedRequest[]> {
  return (await executeServerCommand<RecordedRequest[] | undefined, undefined>('net-log')) ?? [];
}

export async function clearRequests(): Promise<void> {
  await executeServerCommand('net-clear');
}

/** Lets the browser finish what it started, so a "no request" assertion means something. */
export function settle(ms = 150): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
