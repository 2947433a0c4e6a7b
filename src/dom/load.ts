import { scriptUrl } from './trusted';

/** Adds a script once per address, async, with the nonce a strict Content-Security-Policy requires. */
export function createScriptLoader(nonce: string | undefined): (src: string) => void {
  const added = new Set<string>();
  return (src) => {
    if (added.has(src)) return;
    added.add(src);
    const script = document.createElement('script');
    script.async = true;
    // Marked as einlass's own, so the self-check does not take it for a leak.
    script.dataset.einlass = 'loaded';
    if (nonce) script.nonce = nonce;
    script.src = scriptUrl(src);
    document.head.append(script);
  };
}

/** Adds a `<link>` (a stylesheet, a preconnect), with the nonce a strict `style-src` requires; returns the function that takes it away again. */
export function addLink(rel: string, href: string, crossOrigin = false, nonce?: string): () => void {
  const link = document.createElement('link');
  link.rel = rel;
  link.dataset.einlass = 'loaded';
  if (nonce) link.nonce = nonce;
  if (crossOrigin) link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
  return () => {
    link.remove();
  };
}
