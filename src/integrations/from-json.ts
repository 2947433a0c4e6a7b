import { ConfigError, type ConfigProblem } from '../core/config-reader';
import { aboutGoogleAds } from './about/google-ads';
import { aboutGoogleAnalytics } from './about/google-analytics';
import { aboutGoogleFonts } from './about/google-fonts';
import { aboutMatomo } from './about/matomo';
import { aboutYoutube } from './about/youtube';
import type { Integration, IntegrationAbout } from './integration';
import { optionsOf, RUNTIMES, type Running } from './runtime/from-json';

const ABOUT: Readonly<Record<string, (options: never) => IntegrationAbout>> = {
  matomo: aboutMatomo,
  googleAnalytics: aboutGoogleAnalytics,
  googleAds: aboutGoogleAds,
  youtube: aboutYoutube,
  googleFonts: aboutGoogleFonts,
};

/**
 * Builds the integrations the script tag's config names, each with its description. Every problem
 * names its field (`integrations.matomo.siteId`) and what was expected. Runtimes the loader already
 * started are reused, so nothing is set up twice.
 */
export function integrationsFromJson(value: unknown, running: readonly Running[] = []): Integration[] {
  if (value === undefined) return [];
  const known = Object.keys(ABOUT).join(', ');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError([{ field: 'integrations', expected: `an object with any of ${known}` }]);
  }
  const problems: ConfigProblem[] = [];
  const integrations: Integration[] = [];
  for (const [key, entry] of Object.entries(value)) {
    const about = ABOUT[key];
    const run = RUNTIMES[key]?.[0];
    let options: object | undefined;
    try {
      options = optionsOf(entry);
    } catch {
      problems.push({ field: `integrations.${key}`, expected: about ? 'an object of options, or true' : `one of ${known}` });
      continue;
    }
    if (!about || !run) {
      problems.push({ field: `integrations.${key}`, expected: `one of ${known}` });
    } else if (options) {
      try {
        const described = about(options as never);
        integrations.push({ ...described, ...(running.find((r) => r.key === key)?.runtime ?? run(options as never)) });
      } catch (error) {
        const [, field, expected] = /^einlass: \w+: (?:(\w+): )?expected (.*)$/s.exec((error as Error).message) ?? [];
        problems.push({ field: `integrations.${key}${field ? `.${field}` : ''}`, expected: expected ?? (error as Error).message });
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return integrations;
}
