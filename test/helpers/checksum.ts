/** The record's checksum (FNV-1a, 32 bit, base 36), written out again so tests can forge a "valid" one. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Replaces one part of a record value and recomputes its checksum. */
export function forge(value: string, index: number, part: string): string {
  const parts = value.split('.');
  parts[index] = part;
  const body = parts.slice(0, -1).join('.');
  return `${body}.${checksum(body)}`;
}
