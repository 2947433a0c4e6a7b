/** A link to the other tabs of this site: `notify` tells them consent changed, `stop` disconnects. */
export interface TabLink {
  readonly notify: (value: string) => void;
  readonly stop: () => void;
}

/**
 * Calls `onChange` when another tab may have changed consent. A message carries the new cookie
 * value, because Chromium updates each document's view of `document.cookie` asynchronously and the
 * message can arrive first; the receiver validates it exactly as it would the cookie. Where
 * BroadcastChannel is missing, a tab catches up when its visibility changes or it comes back from
 * the back/forward cache, and then reads the cookie itself (`onChange()` without a value).
 */
export function linkTabs(config: { readonly cookie: { readonly name: string } }, onChange: (value?: string) => void): TabLink {
  // One channel per consent cookie: two configs on one site with their own cookies do not mix.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`einlass:${config.cookie.name}`) : undefined;
  const onMessage = (event: MessageEvent) => {
    if (typeof event.data === 'string') onChange(event.data);
  };
  const reread = () => {
    onChange();
  };
  channel?.addEventListener('message', onMessage);
  document.addEventListener('visibilitychange', reread);
  window.addEventListener('pageshow', reread);
  return {
    notify: (value) => channel?.postMessage(value),
    stop: () => {
      channel?.close();
      document.removeEventListener('visibilitychange', reread);
      window.removeEventListener('pageshow', reread);
    },
  };
}
