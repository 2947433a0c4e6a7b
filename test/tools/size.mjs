// Byte budgets, checked on the built files in `npm test`: brotli at quality 11, as a CDN serves them.
// The budgets live in package.json ("budgets"), keyed by what one page view (or one npm import)
// fetches; the README must quote the same rows. In "fetches", files joined by " + " are fetched
// together, each compressed on its own; a `*` stands for the largest file it matches (any one
// language); `<integration>` makes one check per folder of src/integrations/; an `.mjs` file
// brings the chunks it imports statically, as a bundler would. A row's "target" is a goal not yet
// reached: the figure is printed against it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
let failed = 0;

const sizes = (file) => {
  const bytes = readFileSync(join(root, file));
  return { brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, gzip: gzipSync(bytes, { level: 9 }).length, raw: bytes.length };
};

/** `file` and, for an ES module of the npm build, every chunk it imports statically. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (file.endsWith('.mjs')) {
    for (const [, path] of readFileSync(join(root, file), 'utf8').matchAll(/^(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      closure(join(dirname(file), path), seen);
    }
  }
  return seen;
}

/** The largest file a `*` pattern matches. */
function largest(pattern) {
  const [before, after] = basename(pattern).split('*');
  const matches = readdirSync(join(root, dirname(pattern))).filter((name) => name.startsWith(before) && name.endsWith(after)).map((name) => join(dirname(pattern), name));
  if (matches.length === 0) throw new Error(`no file matches ${pattern}`);
  return matches.sort((a, b) => sizes(b).brotli - sizes(a).brotli)[0];
}

const integrations = readdirSync(join(root, 'src/integrations')).filter((name) => existsSync(join(root, 'src/integrations', name, 'index.ts')));

for (const [label, { fetches, limit, target }] of Object.entries(pkg.budgets)) {
  const quoted = `| ${label} | \`${fetches}\` | ${limit.toLocaleString('en')} B |`;
  if (!readme.includes(quoted)) {
    failed++;
    console.log(`FAIL README.md does not quote the budget "${label}": expected the table row ${quoted}`);
  }
  for (const each of fetches.includes('<integration>') ? integrations : [undefined]) {
    const files = new Set(fetches.replaceAll('<integration>', each).split(' + ').flatMap((file) => [...closure(file.includes('*') ? largest(file) : file)]));
    const total = { brotli: 0, gzip: 0, raw: 0 };
    for (const file of files) for (const [kind, n] of Object.entries(sizes(file))) total[kind] += n;
    const ok = total.brotli <= limit;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${each ? ` (${each})` : ''}: ${total.brotli} B brotli of ${limit} B, ${total.gzip} B gzip, ${total.raw} B raw: ${[...files].join(' + ')}`);
    // A goal the limit has not reached yet (the limit is set at the figure reached): shown, not failed.
    if (target && total.brotli > target) console.log(`     ${label}: ${total.brotli - target} B above its target of ${target} B`);
  }
}
process.exit(failed ? 1 : 0);
