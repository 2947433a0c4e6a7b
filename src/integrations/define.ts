import { ConfigError } from '../core/config-check';
import type { IntegrationService } from '../types';
import { described } from './described';
import type { Integration, IntegrationDefinition, IntegrationRuntime } from './integration';

/**
 * The npm face of an integration: checks its options (throwing a `ConfigError` that names each
 * option at fault, `matomo.siteId: expected …`) and makes it, described by `about` at once.
 */
export function factory<Options, Runtime extends IntegrationRuntime>(
  definition: IntegrationDefinition<Options, Runtime>,
  about: (options: Options) => Omit<IntegrationService, 'category'>,
): (options: Options) => Runtime & Integration {
  return (options) => {
    const problems = definition.check(options ?? {});
    if (problems.length > 0) throw new ConfigError(problems.map((p) => ({ ...p, field: `${definition.key}.${p.field}` })));
    return described(definition.run(options), definition.category, about(options));
  };
}
