/**
 * A cookie's value in a `document.cookie` string, as js-cookie reads it for the values einlass
 * writes (letters, digits, dots and dashes need no decoding). The script-tag loader reads the
 * record with this alone: js-cookie is one object that cannot be tree-shaken, and the loader never writes.
 * @example cookieValue('a=1; einlass=1.x', 'einlass') // '1.x'
 */
export function cookieValue(jar: string, name: string): string | undefined {
  return jar.split('; ').find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1);
}
