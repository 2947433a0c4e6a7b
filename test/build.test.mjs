// Runs in Node over the built files: nothing a strict Content-Security-Policy forbids may be in them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import test from 'node:test';

const files = readdirSync(new URL('../dist/', import.meta.url), { recursive: true })
  .filter((name) => /\.m?js$/.test(name))
  .map((name) => [name, readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8')]);

test('the build has no eval, no new Function and no string timers', () => {
  assert.ok(files.length >= 9, `expected the built files, found ${files.length}`);
  for (const [name, code] of files) {
    assert.doesNotMatch(code, /\beval\s*\(/, `${name} calls eval`);
    assert.doesNotMatch(code, /\bnew\s+Function\s*\(|[^.\w]Function\s*\(\s*["'`]/, `${name} builds a function from a string`);
    assert.doesNotMatch(code, /set(Timeout|Interval)\s*\(\s*["'`]/, `${name} passes a string to a timer`);
  }
});

test('the build sets no inline event handlers and writes no inline styles into markup', () => {
  for (const [name, code] of files) {
    assert.doesNotMatch(code, /setAttribute\(\s*["'`]on\w+/, `${name} sets an inline event handler`);
    assert.doesNotMatch(code, /<[a-z][^>]*\son[a-z]+\s*=/i, `${name} writes markup with an inline event handler`);
    assert.doesNotMatch(code, /setAttribute\(\s*["'`]style["'`]/, `${name} sets a style attribute (blocked without unsafe-inline)`);
    assert.doesNotMatch(code, /document\.write/, `${name} uses document.write`);
  }
});

test('the locale registry lists every language file, and no other', () => {
  const folder = new URL('../src/locales/', import.meta.url);
  const files = readdirSync(folder).filter((name) => /^[a-z]{2,3}(-[a-z]+)?\.ts$/.test(name)).map((name) => name.slice(0, -3)).sort();
  const registry = readFileSync(new URL('index.ts', folder), 'utf8');
  const listed = [...registry.matchAll(/^\s+'?([a-z-]+)'?: \(\) => import\('\.\/([a-z-]+)'\),$/gm)].map(([, key, file]) => {
    assert.equal(key, file, `the row for ${key} imports ./${file}`);
    return key;
  });
  assert.deepEqual(listed.sort(), files);
});

test('the loader holds no language\'s texts: each floating-button label is a part of its own', () => {
  const loader = readFileSync(new URL('../dist/einlass.js', import.meta.url), 'utf8');
  const parts = files.filter(([name]) => /^einlass-reopen-[a-z-]+\.js$/.test(name));
  const locales = readdirSync(new URL('../src/locales/', import.meta.url)).filter((name) => /^[a-z]{2,3}(-[a-z]+)?\.ts$/.test(name));
  assert.equal(parts.length, locales.length, 'one label part per locale file');
  for (const [name, code] of parts) {
    const label = JSON.parse(/^export default ("[^"]+");\n$/.exec(code)?.[1] ?? 'null');
    assert.ok(label, `${name} exports its label`);
    // English's stays, as the label for when a part cannot be fetched.
    if (name !== 'einlass-reopen-en.js') assert.ok(!loader.includes(label), `the loader holds ${name}'s label "${label}"`);
  }
});
