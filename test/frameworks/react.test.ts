// The README's React example ("React, Vue and Svelte"), run with React 19 and @nanostores/react:
// the text follows $grants, and the interface is imported only while the visitor has not decided.
// Plain .ts with React.createElement: this repo's tsx compiles JSX for Preact.
import { expect } from '@esm-bundle/chai';
import type { useStore as UseStore } from '@nanostores/react';
import type * as ReactTypes from 'react';
import type * as ReactDOMClient from 'react-dom/client';
import { createConsent } from '../../src/create';
import { memoryStorage, type ConsentStorage } from '../../src/core/storage';
import type { Einlass } from '../../src/types';
import { siteConfig } from '../helpers/config';
import { until } from '../helpers/frames';

// React publishes CommonJS only, and the test runner serves files as they are (its config has no
// CommonJS plugin), so this file wraps React's development builds as modules itself, with a
// `require` that hands out what it loaded; @nanostores/react's import of 'react' gets that React.
const loaded = new Map<string, unknown>();
(globalThis as unknown as { einlassCommonJS: Map<string, unknown> }).einlassCommonJS = loaded;

const moduleFrom = async (source: string): Promise<unknown> => {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return await (import(url) as Promise<unknown>);
  } finally {
    URL.revokeObjectURL(url);
  }
};

async function commonjs(id: string, path: string): Promise<void> {
  const code = await (await fetch(path)).text();
  const wrapped = `const module = { exports: {} }; const exports = module.exports;
const require = (id) => { if (!globalThis.einlassCommonJS.has(id)) throw new Error('not loaded: ' + id); return globalThis.einlassCommonJS.get(id); };
const process = { env: { NODE_ENV: 'development' } };
${code}
export default module.exports;`;
  loaded.set(id, ((await moduleFrom(wrapped)) as { default: unknown }).default);
}

/** An ES module of node_modules whose import of 'react' is the React loaded above, the rest by full address. */
async function withReact(path: string): Promise<unknown> {
  const base = new URL(path, location.href);
  const react = loaded.get('react') as Record<string, unknown>;
  const names = Object.keys(react).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const shim = URL.createObjectURL(new Blob([
    `const React = globalThis.einlassCommonJS.get('react'); export default React; export const { ${names.join(', ')} } = React;`,
  ], { type: 'text/javascript' }));
  const code = (await (await fetch(path)).text()).replace(/(from\s*|import\s*)(['"])([^'"]+)\2/g, (_, keyword: string, quote: string, spec: string) => {
    const url = new URL(spec, base).href;
    return `${keyword}${quote}${/\/node_modules\/react\/(index\.js)?$/.test(url) || spec === 'react' ? shim : url}${quote}`;
  });
  return moduleFrom(code);
}

let React: typeof ReactTypes;
let createRoot: typeof ReactDOMClient.createRoot;
let useStore: typeof UseStore;

/** Counts the imports of the interface, `import('einlass/ui')` in the README. */
let uiImports = 0;
const importUI = () => {
  uiImports += 1;
  return import('../../src/ui/mount');
};

/** The README's component, as React.createElement. */
function App({ consent }: { consent: Einlass }): ReactTypes.ReactElement {
  const grants = useStore(consent.$grants);
  React.useEffect(() => {
    if (consent.$decided.get()) return undefined; // a repeat visitor fetches no interface
    let unmount: (() => void) | undefined;
    let live = true;
    void (async () => {
      const { mountUI } = await importUI();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the cleanup sets it to false meanwhile
      if (live) unmount = mountUI(consent);
    })();
    return () => {
      live = false;
      unmount?.();
    };
  }, [consent]);
  return React.createElement('p', { id: 'react-app' }, `analytics ${grants.categories.analytics ? 'on' : 'off'}`);
}

const text = () => document.querySelector('#react-app')?.textContent ?? '';
const host = () => document.querySelector('einlass-ui');
const acceptAll = () => host()?.shadowRoot?.querySelector<HTMLButtonElement>('.banner [data-choice="accept-all"]') ?? null;

describe('React with @nanostores/react (the README example)', () => {
  let root: ReactDOMClient.Root | undefined;
  let container: HTMLElement | undefined;
  const consents: Einlass[] = [];

  before(async () => {
    await commonjs('scheduler', '/node_modules/scheduler/cjs/scheduler.development.js');
    await commonjs('react', '/node_modules/react/cjs/react.development.js');
    await commonjs('react-dom', '/node_modules/react-dom/cjs/react-dom.development.js');
    await commonjs('react-dom/client', '/node_modules/react-dom/cjs/react-dom-client.development.js');
    React = loaded.get('react') as typeof ReactTypes;
    ({ createRoot } = loaded.get('react-dom/client') as typeof ReactDOMClient);
    ({ useStore } = (await withReact('/node_modules/@nanostores/react/index.js')) as { useStore: typeof UseStore });
  });
  beforeEach(() => { uiImports = 0; });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    container?.remove();
    consents.splice(0).forEach((consent) => { consent.destroy(); });
  });

  // The record in memory, so the page's cookie is never touched.
  const start = (storage: ConsentStorage) => {
    const consent = createConsent(siteConfig, { storage });
    consents.push(consent);
    return consent;
  };
  const render = (consent: Einlass) => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(React.createElement(App, { consent }));
  };

  it('never imports the interface for a visitor who has decided, and shows their choice', async () => {
    const storage = memoryStorage();
    const first = createConsent(siteConfig, { storage });
    first.acceptAll();
    first.destroy();

    render(start(storage));
    await until(() => text() !== '');
    expect(text()).to.equal('analytics on');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uiImports).to.equal(0);
    expect(host() === null).to.equal(true);
  });

  it('shows the banner to an undecided visitor, and re-renders when they accept in it', async () => {
    render(start(memoryStorage()));
    await until(() => text() !== '');
    expect(text()).to.equal('analytics off');
    await until(() => acceptAll() !== null, 3000);
    expect(uiImports).to.equal(1);

    acceptAll()?.click();
    await until(() => text() === 'analytics on');
    expect(text()).to.equal('analytics on');
    expect(uiImports).to.equal(1);

    // Unmounting the app unmounts the interface too (the effect's cleanup).
    root?.unmount();
    root = undefined;
    await until(() => host() === null);
    expect(host() === null).to.equal(true);
  });
});
