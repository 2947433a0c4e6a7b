import type { ResolvedConfig } from '../types';
import type { I18n } from './i18n';

/** What the first layer must say before consent: the purposes, and where data leaves the EU. */
export function summarize(config: ResolvedConfig, i18n: I18n): { purposes: string; countries: string } {
  const purposes = config.categories.filter((c) => !c.required).map((c) => i18n.text(c.title));
  const countries = [...new Set(config.services.flatMap((s) => (s.thirdCountry === false ? [] : [i18n.text(s.thirdCountry)])))];
  return { purposes: i18n.list(purposes), countries: countries.join('; ') };
}
