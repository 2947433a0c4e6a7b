import type { ReadableAtom } from 'nanostores';
import type { View } from '../core/view';
import type { ResolvedConfig } from '../types';
import { intoBody, intoTopLayer } from './body';

const STYLE = `:host{all:initial!important;display:contents!important}
button{position:fixed;z-index:2147483000;inset:auto auto 1em 1em;width:2.75em;height:2.75em;margin:0;padding:0;border:0;overflow:visible;border-radius:50%;
cursor:pointer;font-size:16px;display:grid;place-items:center;box-shadow:0 2px 8px #0004;
background:var(--einlass-accent,#1f4fd1);color:var(--einlass-accent-text,#fff)}
.right{inset:auto 1em 1em auto}
button:focus-visible{outline:3px solid var(--einlass-focus,#f5b400);outline-offset:2px}
svg{width:1.4em;height:1.4em}`;
const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Element[]): Element => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};
// Sliders: "settings you can change", without a cookie that reads as a food icon. Built node by
// node, not as markup: a page enforcing Trusted Types refuses innerHTML.
const icon = () =>
  svg(
    'svg',
    { viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' },
    svg('path', { d: 'M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0' }),
    svg('circle', { cx: '16', cy: '6', r: '2' }),
    svg('circle', { cx: '10', cy: '12', r: '2' }),
    svg('circle', { cx: '18', cy: '18', r: '2' }),
  );

/**
 * A small fixed button that reopens the settings from every page, so withdrawing takes no more
 * clicks than giving. Plain DOM in its own shadow root: repeat visitors get it without the interface part.
 */
function showReopenButton(label: string, side: 'left' | 'right', onClick: () => void): () => void {
  const host = document.createElement('einlass-reopen');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.type = 'button';
  if (side === 'right') button.className = 'right';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.append(icon());
  button.addEventListener('click', onClick);
  root.append(button);
  const cancel = intoBody(host, false, () => { intoTopLayer(button); });
  return () => {
    cancel();
    host.remove();
  };
}

/**
 * Shows the floating button (unless the config turns it off) while the interface shows nothing,
 * in the body once it exists: a script in `<head>` may run before it. A label still to be fetched
 * is asked for the first time the button is due, and the button waits for it: a button without a
 * name would reach a screen reader as "button". Returns the function that takes it away.
 */
export function followReopen(einlass: { readonly config: Pick<ResolvedConfig, 'floatingButton'>; readonly $view: ReadableAtom<View>; readonly showSettings: () => void }, label: string | (() => Promise<string>)): () => void {
  let hide: (() => void) | undefined;
  let named: Promise<string> | undefined;
  let stopped = false;
  const side = einlass.config.floatingButton;
  const unsubscribe = einlass.$view.subscribe((view) => {
    if (view !== null) {
      hide?.();
      hide = undefined;
    } else if (side !== false) {
      void (named ??= typeof label === 'string' ? Promise.resolve(label) : label()).then((text) => {
        if (!stopped && einlass.$view.get() === null) hide ??= showReopenButton(text, side, einlass.showSettings);
      });
    }
  });
  return () => {
    stopped = true;
    unsubscribe();
    hide?.();
  };
}
