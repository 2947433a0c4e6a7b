/**
 * English's floating-button label, read from `src/locales/en.ts` when the script tag is built
 * (rollup.config.mjs): what the loader shows when its language's label part cannot be fetched.
 * No text is written here.
 */
declare module 'einlass:reopen-fallback' {
  const label: string;
  export default label;
}
