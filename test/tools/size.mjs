// Byte budgets, checked on the built files in `npm test`: brotli at quality 11, as a CDN serves them.
// The budgets live in package.json ("budgets"); the README must quote the same numbers. A key that
// joins files with " + " budgets what one page view fetches together, each file compressed on its own.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
let failed = 0;

const sizes = (file) => {
  const bytes = readFileSync(new URL(`../../${file}`, import.meta.url));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { brotli, gzip: gzipSync(bytes, { level: 9 }).length, raw: bytes.length };
};

for (const [file, budget] of Object.entries(pkg.budgets)) {
  const parts = file.split(' + ').map(sizes);
  const [brotli, gzip, raw] = ['brotli', 'gzip', 'raw'].map((kind) => parts.reduce((sum, part) => sum + part[kind], 0));
  const ok = brotli <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${brotli} B brotli (budget ${budget} B), ${gzip} B gzip, ${raw} B raw`);
  const quoted = `| \`${file}\` | ${budget.toLocaleString('en')} B |`;
  if (!readme.includes(quoted)) {
    failed++;
    console.log(`FAIL README.md does not quote the budget of ${file}: expected a table row starting "${quoted}"`);
  }
}
process.exit(failed ? 1 : 0);
