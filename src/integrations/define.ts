import type { IntegrationService } from '../types';
import { described } from './described';
import { optionProblems, type Integration, type IntegrationDefinition, type IntegrationRuntime } from './integration';

/**
 * The npm face of an integration: checks its options and makes it, described by `about` at once.
 * Options at fault do not throw here: the integration carries its problems (`matomo.siteId: expected …`)
 * and `createConsent` throws them in one `ConfigError` with the config's own, so a typo in the config
 * is not hidden behind one in an integration. Such an integration never runs.
 */
export function factory<Options, Runtime extends IntegrationRuntime>(
  definition: IntegrationDefinition<Options, Runtime>,
  about: (options: Options) => Omit<IntegrationService, 'category'>,
  /** What the visitor reads about each of `definition.companions`, in their order (npm has them at once, as `about`). */
  companionAbout: readonly ((options: Options) => Omit<IntegrationService, 'category'>)[] = [],
): (options: Options) => Runtime & Integration {
  return (options) => {
    const given = (options ?? {}) as Readonly<Record<string, unknown>>;
    const problems = optionProblems(definition, given).map((p) => ({ ...p, field: `${definition.key}.${p.field}` }));
    if (problems.length > 0) {
      const idle = { name: definition.key, grant: () => undefined, category: definition.category, problems };
      return idle as unknown as Runtime & Integration;
    }
    const companions = (definition.companions?.(options) ?? []).map((c, i) => described(c.run(options), c.category, { cookies: c.cookies, ...(companionAbout[i] ?? about)(options) }));
    return { ...described(definition.run(options), definition.category, { cookies: definition.cookies, ...about(options) }), companions };
  };
}
