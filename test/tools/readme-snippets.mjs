// Serves the README's Vue and Svelte components ("React, Vue and Svelte"), compiled from the
// README's own text, so test/frameworks/ runs what a reader copies, not a retelling of it:
// /readme/App.vue.js and /readme/App.svelte.js. Two lines of each are wired to the test: the
// shared `consent` module becomes the consent manager the test made, and `import('einlass/ui')`
// becomes a call the test counts (it still imports the interface, from src/).
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { compile } from 'svelte/compiler';
import { compileScript, parse } from 'vue/compiler-sfc';

const CONSENT_IMPORT = "import { consent } from './consent';";
const UI_IMPORT = "import('einlass/ui')";

/** The README's one code block of this language. */
function block(language) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))];
  if (blocks.length !== 1) throw new Error(`README.md has ${blocks.length} \`\`\`${language} blocks, the test expects one`);
  const [[, code]] = blocks;
  for (const line of [CONSENT_IMPORT, UI_IMPORT]) {
    if (!code.includes(line)) throw new Error(`README.md's ${language} block no longer has ${line}: the test's wiring needs it`);
  }
  return code
    .replace(CONSENT_IMPORT, 'const consent = globalThis.einlassReadme.consent;')
    .replace(UI_IMPORT, 'globalThis.einlassReadme.importUI()');
}

async function vue() {
  const { descriptor, errors } = parse(block('vue'), { filename: 'App.vue' });
  if (errors.length) throw errors[0];
  const { content } = compileScript(descriptor, { id: 'readme-app', inlineTemplate: true });
  return (await transform(content, { loader: 'ts', target: 'es2022' })).code;
}

function svelte() {
  return compile(block('svelte'), { filename: 'App.svelte', generate: 'client' }).js.code;
}

// The test runner resolves packages without the "browser" condition, which these need. Vue's
// browser build is one file, so the component and @nanostores/vue share one Vue.
const BROWSER_BUILDS = {
  vue: '/node_modules/vue/dist/vue.esm-browser.js',
  svelte: '/node_modules/svelte/src/index-client.js',
  'svelte/store': '/node_modules/svelte/src/store/index-client.js',
};

const COMPILERS = { '/readme/App.vue.js': vue, '/readme/App.svelte.js': svelte };

export function readmeSnippetsPlugin() {
  return {
    name: 'einlass-readme-snippets',
    async serve(context) {
      const build = COMPILERS[context.path];
      return build ? { body: await build(), type: 'js' } : undefined;
    },
    resolveImport({ source }) {
      return BROWSER_BUILDS[source];
    },
  };
}
