/**
 * The floating button's label in every language einlass ships, read from `src/locales/<language>.ts`
 * when the script tag is built (rollup.config.mjs), so the loader shows the button on a repeat
 * visit without fetching a language's whole file. No text is written here.
 */
declare module 'einlass:reopen-labels' {
  const labels: Readonly<Record<string, string>> & { readonly en: string };
  export default labels;
}
