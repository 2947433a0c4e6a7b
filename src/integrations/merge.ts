import type { CategoryConfig, Config, ServiceConfig } from '../types';
import type { Integration } from './integration';

/**
 * The config with each integration's service and category added. A service of the same name in the
 * config keeps its own fields over the integration's defaults, so site owners can reword anything.
 */
export function withIntegrations(config: Config, integrations: readonly Integration[]): Config {
  // Malformed input is left to the config's validation, which says what is wrong with it.
  const wellFormed = (list: unknown) => list === undefined || Array.isArray(list);
  const input = config as Partial<Record<string, unknown>> | null;
  if (integrations.length === 0 || typeof input !== 'object' || input === null || !wellFormed(input.categories) || !wellFormed(input.services)) return config;
  const categories: CategoryConfig[] = [...(config.categories ?? [])];
  const services: ServiceConfig[] = [...(config.services ?? [])];
  for (const integration of integrations) {
    if (!categories.some((c) => c.name === integration.service.category)) categories.push(integration.category);
    const index = services.findIndex((s) => s.name === integration.name);
    const merged: ServiceConfig = { name: integration.name, ...integration.service, ...(index >= 0 ? services[index] : {}) };
    if (index >= 0) services[index] = merged;
    else services.push(merged);
  }
  return { ...config, categories, services };
}
