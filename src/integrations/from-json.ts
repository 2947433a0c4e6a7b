import { ConfigError, type ConfigProblem } from '../core/config-reader';
import { googleAds } from './google-ads';
import { googleAnalytics } from './google-analytics';
import { googleFonts } from './google-fonts';
import type { Integration } from './integration';
import { matomo } from './matomo';
import { youtube } from './youtube';

// The script tag's one line per service: "integrations": { "matomo": { "url": "…", "siteId": 1 }, "youtube": true }
const FACTORIES: Readonly<Record<string, (options: never) => Integration>> = {
  matomo,
  googleAnalytics,
  googleAds,
  youtube,
  googleFonts,
};

/**
 * Builds the integrations the script tag's config names. Every problem names its field
 * (`integrations.matomo.siteId`) and what was expected.
 */
export function integrationsFromJson(value: unknown): Integration[] {
  if (value === undefined) return [];
  const known = Object.keys(FACTORIES).join(', ');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError([{ field: 'integrations', expected: `an object with any of ${known}` }]);
  }
  const problems: ConfigProblem[] = [];
  const integrations: Integration[] = [];
  for (const [key, options] of Object.entries(value)) {
    const factory = FACTORIES[key];
    if (!factory) {
      problems.push({ field: `integrations.${key}`, expected: `one of ${known}` });
    } else if (options === true || (typeof options === 'object' && options !== null && !Array.isArray(options))) {
      try {
        integrations.push(factory((options === true ? {} : options) as never));
      } catch (error) {
        const [, field, expected] = /^einlass: \w+: (?:(\w+): )?expected (.*)$/s.exec((error as Error).message) ?? [];
        problems.push({ field: `integrations.${key}${field ? `.${field}` : ''}`, expected: expected ?? (error as Error).message });
      }
    } else if (options !== false) {
      problems.push({ field: `integrations.${key}`, expected: 'an object of options, or true' });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return integrations;
}
