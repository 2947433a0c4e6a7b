// Serves `themes/*.css?text` as a JS module exporting the stylesheet's text, as the rollup build does,
// so the demo and the tests run the sources without a build step.
export function cssTextPlugin() {
  const wanted = (context) => context.path.endsWith('.css') && context.URL.searchParams.has('text');
  return {
    name: 'einlass-css-text',
    resolveMimeType(context) {
      return wanted(context) ? 'js' : undefined;
    },
    transform(context) {
      return wanted(context) ? { body: `export default ${JSON.stringify(context.body)};` } : undefined;
    },
  };
}
