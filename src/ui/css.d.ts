/** A stylesheet imported as text (`themes/base.css?text`), for a constructed stylesheet in a shadow root. */
declare module '*.css?text' {
  const css: string;
  export default css;
}
