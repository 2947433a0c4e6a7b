// What a user gets from `npm install einlass` (issue 17, items 11–12): the working tree, copied as a
// fresh clone has it (no dist/), is packed with `npm pack`, whose `prepack` builds what it ships; the
// tarball is installed into a fresh app, where every entry point imports in Node without a DOM, its
// types resolve (bundler and node16, strict), the README's ```ts snippets type-check as pasted, and its
// classic inline scripts work whether einlass has run yet or not.
// The repo's own dist/ is never touched: the build runs in the copy. KEEP_PACKAGE_TEST=1 keeps the temp dir.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import vm from 'node:vm';
/* global EventTarget, CustomEvent -- Node's own, standing in for the page's document and events */

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
// The entry points a user imports from npm; the script tag's einlass.js is a browser script, not one of them.
const SUBPATHS = ['einlass', 'einlass/ui', 'einlass/locales', 'einlass/matomo', 'einlass/google-analytics',
  'einlass/google-ads', 'einlass/google-tag-manager', 'einlass/youtube', 'einlass/google-fonts'];

const temp = mkdtempSync(join(tmpdir(), 'einlass-package-'));
const clone = join(temp, 'clone');
const packDir = join(temp, 'pack');
const app = join(temp, 'app');
let packed; // npm pack --json's entry: { filename, files: [{ path }] }
let failed = false;

function run(command, args, cwd, timeout = 120_000) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} ${args.join(' ')} (in ${cwd}): ${result.error.message}`);
  return result;
}

function ok(command, args, cwd) {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

// The files a clone of the working tree would have: tracked, plus new ones not ignored (dist/ is ignored).
function treeFiles() {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  if (listed.status === 0) return listed.stdout.split('\0').filter((file) => file && existsSync(join(root, file)) && statSync(join(root, file)).isFile());
  const skip = new Set(['.git', 'node_modules', 'dist', 'coverage']);
  const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (skip.has(path)) return [];
    return entry.isDirectory() ? walk(path) : [path];
  });
  return walk('');
}

const started = Date.now();
const phase = (name) => { console.log(`${name}: ${String(Date.now() - started)} ms`); };

before(() => { try { prepare(); } catch (error) { failed = true; throw error; } });

function prepare() {
  for (const file of treeFiles()) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(root, file), join(clone, file));
  }
  assert.ok(!existsSync(join(clone, 'dist')), 'the copy starts without dist/, as a fresh clone does');
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  phase('copied the working tree');
  mkdirSync(packDir);
  [packed] = JSON.parse(ok('npm', ['pack', '--json', '--pack-destination', packDir], clone));

  phase('packed');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }, null, 2)}\n`);
  ok('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(packDir, packed.filename)], app);
  phase('installed into a fresh app');
}

after(() => {
  if (process.env.KEEP_PACKAGE_TEST || failed) console.log(`package test: the packed clone and fresh app are kept in ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
});

const guard = (fn) => async (t) => {
  try {
    await fn(t);
  } catch (error) {
    failed = true;
    throw error;
  }
};

test('npm pack builds dist/ and ships it with the license and README', guard(() => {
  const files = new Set(packed.files.map((file) => file.path));
  const expected = ['package.json', 'LICENSE', 'README.md', 'dist/einlass.js', 'dist/einlass.mjs', 'dist/einlass.d.ts',
    'dist/ui.mjs', 'dist/ui.d.ts', 'dist/locales.mjs', 'dist/locales.d.ts',
    ...SUBPATHS.slice(3).flatMap((spec) => [`dist/integrations/${spec.slice('einlass/'.length)}.mjs`, `dist/integrations/${spec.slice('einlass/'.length)}.d.ts`])];
  assert.deepEqual(expected.filter((file) => !files.has(file)), [], `missing from the tarball (${String(files.size)} files)`);
  assert.deepEqual([...files].filter((file) => /^(src|test|demo|node_modules)\//.test(file)), [], 'sources, tests and the demo stay out');
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) 2026 the einlass authors\n/);

  // Every file package.json's exports point at is in the tarball.
  const { exports } = JSON.parse(readFileSync(join(app, 'node_modules/einlass/package.json'), 'utf8'));
  const targets = Object.values(exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets) {
    const pattern = new RegExp(`^${target.slice(2).replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
    assert.ok([...files].some((file) => pattern.test(file)), `exports point at ${target}, which the tarball lacks`);
  }

  // The script tag's parts import each other by fixed names, from beside einlass.js: each one named is shipped.
  const parts = [...files].filter((file) => /^dist\/einlass[^/]*\.js$/.test(file));
  for (const part of parts) {
    const code = readFileSync(join(app, 'node_modules/einlass', part), 'utf8');
    for (const [, name] of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      assert.ok(files.has(`dist/${name}`), `${part} imports ./${name}, which the tarball lacks`);
    }
  }
  console.log(`tarball ${packed.filename}: ${String(files.size)} files, ${String(parts.length)} script-tag parts`);
}));

test('every entry point imports in Node without a DOM and without side effects', guard(() => {
  const probe = `
const touched = new Set();
for (const name of ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self', 'customElements', 'HTMLElement']) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, { configurable: true, get() { touched.add(name); return undefined; } });
}
// The dependencies' own globals (nanostores keeps its epoch on globalThis) are not einlass's.
for (const dependency of ['preact', 'preact/hooks', 'nanostores', 'js-cookie']) await import(dependency);
const globals = new Set(Reflect.ownKeys(globalThis));
const results = {};
for (const spec of JSON.parse(process.argv[2])) {
  touched.clear();
  try {
    const module = await import(spec);
    results[spec] = { exports: Object.keys(module), touched: [...touched] };
  } catch (error) {
    results[spec] = { error: String(error?.stack ?? error), touched: [...touched] };
  }
}
const added = Reflect.ownKeys(globalThis).filter((key) => !globals.has(key)).map(String);
console.log(JSON.stringify({ results, added }));
`;
  writeFileSync(join(app, 'ssr-import.mjs'), probe);
  const { results, added } = JSON.parse(ok(process.execPath, ['ssr-import.mjs', JSON.stringify(SUBPATHS)], app));
  for (const spec of SUBPATHS) {
    const result = results[spec];
    assert.equal(result.error, undefined, `import('${spec}') threw in Node:\n${String(result.error)}`);
    assert.ok(result.exports.length > 0, `import('${spec}') has no exports`);
    assert.deepEqual(result.touched, [], `import('${spec}') read browser globals on import`);
  }
  assert.deepEqual(added, [], 'importing einlass added globals');
}));

// The README's ```ts blocks, each a file of the app. Info string `ts continued`: pasted below the block
// before it (one file with it); `ts fragment`: not meant to compile alone, skipped and counted.
function readmeSnippets() {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const snippets = [];
  const skipped = [];
  const html = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang, rest] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== '```'; j++) body.push({ text: lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j], line: j + 1 });
    const words = rest.trim().split(/\s+/);
    if (lang === 'ts' || lang === 'typescript') {
      if (words.includes('fragment')) skipped.push(i + 1);
      else if (words.includes('continued') && snippets.length > 0) snippets.at(-1).push(...body);
      else snippets.push(body);
    }
    if (lang === 'html') html.push(body.map((line) => line.text).join('\n'));
    i = j;
  }
  return { snippets, skipped, html };
}

function typeCheck(name, compilerOptions, files) {
  writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify({
    compilerOptions: {
      target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true, verbatimModuleSyntax: true, isolatedModules: true, skipLibCheck: false,
      noEmit: true, types: [], ...compilerOptions,
    },
    files,
  }, null, 2));
  return run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], app);
}

test('the types of every entry point resolve, and the README\'s npm snippets type-check as pasted', guard(() => {
  // Every subpath's types, and the script tag's window.Einlass and einlass:ready event.
  const names = SUBPATHS.map((spec) => spec.replace(/\W/g, '_'));
  writeFileSync(join(app, 'subpaths.ts'), [
    ...SUBPATHS.map((spec, i) => `import * as ${names[i]} from '${spec}';`),
    `export const modules = [${names.join(', ')}];`,
    'export const created = einlass.createConsent({ categories: [] });',
    "document.addEventListener('einlass:ready', (event) => { event.detail.integration('google-ads')?.conversion('AbC-D_efG', { value: 49.9 }); });",
    "export const sent: boolean | undefined = window.Einlass?.integration('google-ads')?.conversion('AbC-D_efG');",
    '',
  ].join('\n'));

  const { snippets, skipped } = readmeSnippets();
  assert.ok(snippets.length > 0, 'README.md has no ```ts blocks');
  mkdirSync(join(app, 'readme'), { recursive: true });
  const origins = new Map(); // file → README line of each of its lines
  snippets.forEach((body, i) => {
    const file = `readme/snippet-${String(i + 1)}.ts`;
    // `export {}` makes each a module, as a file of an app is: the snippets do not share a global scope.
    writeFileSync(join(app, file), `${body.map((line) => line.text).join('\n')}\nexport {};\n`);
    origins.set(file, body.map((line) => line.line));
  });
  const files = ['subpaths.ts', ...origins.keys()];
  const where = (output) => output.replace(/^(readme\/snippet-\d+\.ts)\((\d+),(\d+)\)/gm, (match, file, line, column) => {
    const readmeLine = origins.get(file)?.[Number(line) - 1];
    return readmeLine ? `README.md:${String(readmeLine)}:${column} (${file})` : match;
  });

  for (const [name, options] of [['bundler', { module: 'esnext', moduleResolution: 'bundler' }], ['node16', { module: 'node16', moduleResolution: 'node16' }]]) {
    const result = typeCheck(name, options, files);
    assert.equal(result.status, 0, `tsc (moduleResolution ${name}, strict) found errors in the installed package's types or the README's snippets:\n${where(result.stdout + result.stderr)}`);
  }
  console.log(`README: ${String(snippets.length)} npm snippets type-checked (bundler and node16)${skipped.length ? `, fragments skipped at lines ${skipped.join(', ')}` : ''}`);
}));

// A fake window.Einlass that records what is called on it, and on what its methods return.
function fakeEinlass(calls) {
  const recorder = (path) => new Proxy(() => undefined, {
    // Not `then`: Node's EventTarget asks a listener's result whether it is a promise.
    get: (_, key) => (typeof key === 'string' && key !== 'then' ? recorder(`${path}.${key}`) : undefined),
    apply: (_, __, args) => { calls.push([path, ...args]); return recorder(`${path}()`); },
  });
  return recorder('Einlass');
}

test('the README\'s classic inline scripts work before einlass has run, and after', guard(() => {
  const scripts = readmeSnippets().html.flatMap((block) => [...block.matchAll(/<script>([\s\S]*?)<\/script>/g)]).map((match) => match[1]).filter((code) => code.includes('Einlass'));
  assert.ok(scripts.length > 0, 'README.md shows no classic inline script that uses window.Einlass');
  for (const code of scripts) {
    // A classic script in the page runs before einlass.js, a module: no window.Einlass yet.
    const early = [];
    const document = new EventTarget();
    const window = {};
    vm.runInNewContext(code, { window, document, console });
    assert.deepEqual(early, [], 'nothing can be called before einlass has run');
    window.Einlass = fakeEinlass(early);
    document.dispatchEvent(new CustomEvent('einlass:ready', { detail: window.Einlass }));
    assert.ok(early.length > 0, `the snippet does nothing when einlass runs after it:\n${code}`);
    const once = early.length;
    document.dispatchEvent(new CustomEvent('einlass:ready', { detail: window.Einlass }));
    assert.equal(early.length, once, 'the snippet runs once');

    // A script that runs later (a page loaded with einlass already running) calls at once.
    const late = [];
    const ready = { Einlass: fakeEinlass(late) };
    vm.runInNewContext(code, { window: ready, document: new EventTarget(), console });
    assert.deepEqual(late.map((call) => call[0]), early.map((call) => call[0]), 'the same calls when einlass has already run');
  }
}));
