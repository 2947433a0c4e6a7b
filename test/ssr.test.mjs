// Runs in Node, where there is no window and no document: importing the npm build must not throw,
// and a headless instance must work (server-side rendering asks "has the visitor decided?").
import assert from 'node:assert/strict';
import test from 'node:test';

const config = { categories: [{ name: 'analytics', title: { de: 'Statistik', en: 'Statistics' } }] };

test('imports the ESM build without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  const einlass = await import('../dist/einlass.mjs');
  assert.equal(typeof einlass.createConsent, 'function');
  assert.equal(einlass.CHANGE_EVENT, 'einlass:change');
});

test('runs headless on the server: undecided, only the necessary granted', async () => {
  const { createConsent } = await import('../dist/einlass.mjs');
  const consent = createConsent(config);
  assert.equal(consent.$decided.get(), false);
  assert.equal(consent.isGranted('analytics'), false);
  assert.equal(consent.isGranted('necessary'), true);
  consent.acceptAll();
  assert.equal(consent.isGranted('analytics'), true);
  consent.destroy();
});

test('restores a decision from a cookie value the server passes in', async () => {
  const { createConsent, memoryStorage } = await import('../dist/einlass.mjs');
  const storage = memoryStorage();
  createConsent(config, { storage }).save({ categories: { analytics: true } });
  const onServer = createConsent(config, { storage: memoryStorage(storage.read()) });
  assert.equal(onServer.$decided.get(), true);
  assert.equal(onServer.isGranted('analytics'), true);
});

test('reports an invalid config with the field at fault', async () => {
  const { createConsent, ConfigError } = await import('../dist/einlass.mjs');
  assert.throws(() => createConsent({ categories: 'analytics' }), (error) => {
    assert.ok(error instanceof ConfigError);
    assert.deepEqual(error.problems.map((p) => p.field), ['categories']);
    return true;
  });
});

test('imports the interface entry without a DOM (it touches the page only when mounted)', async () => {
  const ui = await import('../dist/ui.mjs');
  assert.equal(typeof ui.mountUI, 'function');
});

test('mountUI says it needs a browser, instead of failing on whatever DOM API it reaches first', async () => {
  const { createConsent } = await import('../dist/einlass.mjs');
  const { mountUI } = await import('../dist/ui.mjs');
  const consent = createConsent(config);
  assert.throws(() => mountUI(consent), { message: 'einlass: mountUI needs a browser (document); on the server, render nothing and call it in the browser' });
  consent.destroy();
});
