import type { IntegrationRuntime } from '../integration';
import { runGoogleAds } from './google-ads';
import { runGoogleAnalytics } from './google-analytics';
import { runGoogleFonts } from './google-fonts';
import { runMatomo } from './matomo';
import { runYoutube } from './youtube';

/** An integration the script tag's config names, started without its description. */
export interface Running {
  /** Its key in the config: `googleAnalytics`. */
  readonly key: string;
  readonly runtime: IntegrationRuntime;
  /** The category its service joins unless the config's own service says otherwise. */
  readonly category: string;
}

// The script tag's one line per service: "integrations": { "matomo": { "url": "…", "siteId": 1 }, "youtube": true }
export const RUNTIMES: Readonly<Record<string, readonly [(options: never) => IntegrationRuntime, string]>> = {
  matomo: [runMatomo, 'analytics'],
  googleAnalytics: [runGoogleAnalytics, 'analytics'],
  googleAds: [runGoogleAds, 'marketing'],
  youtube: [runYoutube, 'media'],
  googleFonts: [runGoogleFonts, 'media'],
};

/** The options an entry gives, or `undefined` when it is off; throws for anything else. */
export function optionsOf(options: unknown): object | undefined {
  if (options === false) return undefined;
  if (options === true) return {};
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) return options;
  throw new TypeError('einlass: integration options: expected an object or true');
}

/**
 * Starts the runtimes of the integrations the config names, for the loader. It says nothing about
 * what is wrong: any doubt throws, and the interface part's validator then names the field at fault.
 */
export function runtimesFromJson(value: unknown): Running[] {
  if (value === undefined) return [];
  const running: Running[] = [];
  for (const [key, entry] of Object.entries(optionsOf(value) ?? {})) {
    const [run, category] = RUNTIMES[key] ?? [];
    const options = optionsOf(entry);
    if (!run || !category) throw new TypeError(`einlass: unknown integration ${key}`);
    if (options) running.push({ key, runtime: run(options as never), category });
  }
  return running;
}
