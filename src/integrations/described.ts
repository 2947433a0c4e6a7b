import type { IntegrationService } from '../types';
import type { Integration, IntegrationRuntime } from './integration';

/** A runtime with what the visitor reads about it. */
export function described<Runtime extends IntegrationRuntime>(runtime: Runtime, category: Integration['category'], about: Omit<IntegrationService, 'category'>): Runtime & Integration {
  return { ...runtime, category, service: { category: category.name, ...about } };
}
