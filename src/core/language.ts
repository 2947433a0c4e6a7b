/**
 * The language to show: the requested one (`de-AT` → `de`) when available, else English.
 * @example pickLanguage('de-CH', ['en', 'de']) // 'de'
 */
export function pickLanguage(requested: string | undefined, available: readonly string[]): string {
  const wanted = (requested ?? '').toLowerCase();
  return available.find((lang) => lang === wanted) ?? available.find((lang) => lang === wanted.split('-')[0]) ?? 'en';
}
