/** How a cookie name reads for visitors: a pattern `^_ga` becomes `_ga*`. */
export function cookieLabel(name: string): string {
  return name.startsWith('^') ? `${name.slice(1).replace(/\$$/, '')}*` : name;
}
