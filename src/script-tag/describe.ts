import { normalise } from '../core/config';
import type { Running } from '../integrations/registry';
import type { ResolvedConfig } from '../types';

/**
 * The config with the integrations' descriptions, for the parts that show them. The same
 * normaliser as the loader's, so names and order are the same; the loader has already vouched for it.
 */
export async function describe(input: unknown, running: readonly Running[]): Promise<ResolvedConfig> {
  const { config } = normalise(input, await Promise.all(running.map((r) => r.describe())));
  if (!config) throw new Error('einlass: the described config differs from the one the loader read');
  return config;
}
