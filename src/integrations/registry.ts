import type { Problem } from '../core/config-reader';
import type { ResolvedCookie } from '../types';
import { isRecord } from '../core/config-reader';
import { described } from './described';
import { googleAdsIntegration } from './google-ads/runtime';
import { googleAnalyticsIntegration } from './google-analytics/runtime';
import { googleFontsIntegration } from './google-fonts/runtime';
import { googleTagManagerIntegration } from './google-tag-manager/runtime';
import { optionProblems, type Integration, type IntegrationDefinition, type IntegrationRuntime } from './integration';
import { matomoIntegration } from './matomo/runtime';
import { youtubeIntegration } from './youtube/runtime';

/** Every integration the script tag's config can name: one row each. */
const REGISTRY = [matomoIntegration, googleAnalyticsIntegration, googleAdsIntegration, googleTagManagerIntegration, youtubeIntegration, googleFontsIntegration] as readonly IntegrationDefinition<never>[];

/** An integration the script tag's config names, running; its description is fetched with `describe`. */
export interface Running {
  readonly runtime: IntegrationRuntime;
  /** What the normaliser needs before the description: the service's name, category and cookies (which the loader deletes when refused). */
  readonly brief: Pick<Integration, 'name' | 'category'> & { readonly cookies: readonly ResolvedCookie[] };
  readonly describe: () => Promise<Integration>;
}

/**
 * Starts the integrations the script tag's config names (`"integrations": { "matomo": { … }, "youtube": true }`)
 * when their options pass their check; the problems otherwise, by field.
 */
export function fromConfig(value: unknown, registry = REGISTRY): { running: Running[]; problems: Problem[] } {
  const running: Running[] = [];
  const problems: Problem[] = [];
  const known = { known: registry.map((d) => d.key).join(', ') };
  if (value === undefined) return { running, problems };
  if (!isRecord(value)) return { running, problems: [{ field: 'integrations', code: 'integrations', args: known }] };
  for (const [key, entry] of Object.entries(value)) {
    const definition = registry.find((d) => d.key === key);
    const field = `integrations.${key}`;
    if (!definition) problems.push({ field, code: 'integration', args: known });
    else if (entry !== false && entry !== true && !isRecord(entry)) problems.push({ field, code: 'integration-options' });
    else if (entry !== false) {
      const options = (entry === true ? {} : entry) as never;
      const found = optionProblems(definition, options).map((p) => ({ ...p, field: `${field}.${p.field}` }));
      problems.push(...found);
      if (found.length > 0) continue;
      for (const row of [definition, ...(definition.companions?.(options) ?? [])]) {
        const runtime = row.run(options);
        running.push({
          runtime,
          brief: { name: runtime.name, category: row.category, cookies: row.cookies },
          describe: () => row.about(options).then((about) => described(runtime, row.category, { cookies: row.cookies, ...about })),
        });
      }
    }
  }
  return { running, problems };
}
