import type { ResolvedConfig } from '../types';
import type { I18n } from './i18n';

/** A company that receives data, with its page on how it uses data from sites that use its services. */
export type Recipient = NonNullable<ResolvedConfig['services'][number]['recipient']>;

/**
 * What the first layer must say before consent: the purposes, where data leaves the EU, and the
 * companies that receive data (Google's EU user consent policy asks that each be named, with its page).
 */
export function summarize(config: ResolvedConfig, i18n: I18n): { purposes: string; countries: string; recipients: Recipient[] } {
  const purposes = config.categories.filter((c) => !c.required).map((c) => i18n.text(c.title));
  const countries = [...new Set(config.services.flatMap((s) => (s.thirdCountry === false ? [] : [i18n.text(s.thirdCountry)])))];
  const recipients = config.services.flatMap((s) => (s.recipient ? [s.recipient] : [])).filter((r, i, all) => all.findIndex((o) => o.name === r.name) === i);
  return { purposes: i18n.list(purposes), countries: countries.join('; '), recipients };
}
