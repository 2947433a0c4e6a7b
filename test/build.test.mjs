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
