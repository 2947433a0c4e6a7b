/** Where proofs not yet confirmed by the consent log wait (localStorage); the loader checks it without the proof code. */
export const PENDING_PROOFS = 'einlass:pending-proofs';

/** Whether proofs wait to be sent again. */
export function proofsPending(): boolean {
  try {
    return localStorage.getItem(PENDING_PROOFS) !== null;
  } catch {
    return false;
  }
}
