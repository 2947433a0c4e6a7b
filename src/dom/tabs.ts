/** A link to the other tabs of this site: `notify` tells them consent changed, `stop` disconnects. */
export interface TabLink {
  readonly notify: () => void;
  readonly stop: () => void;
}

/**
 * Calls `onChange` when another tab may have changed consent. The message is only a nudge: the
 * receiver re-reads the cookie, which stays the one source of truth. Where BroadcastChannel is
 * missing, a tab catches up when it becomes visible again or comes back from the back/forward cache.
 */
export function linkTabs(name: string, onChange: () => void): TabLink {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  const onVisible = () => {
    if (document.visibilityState === 'visible') onChange();
  };
  channel?.addEventListener('message', onChange);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pageshow', onChange);
  return {
    notify: () => channel?.postMessage('change'),
    stop: () => {
      channel?.close();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onChange);
    },
  };
}
