import type { Grants, ResolvedConfig, Selection } from '../types';

/** The category that is always on. */
export const NECESSARY = 'necessary';

type ConfigShape = Pick<ResolvedConfig, 'categories' | 'services'>;

function build(config: ConfigShape, grantService: (name: string, category: string) => boolean): Grants {
  const services: Record<string, boolean> = {};
  for (const s of config.services) services[s.name] = s.category === NECESSARY || grantService(s.name, s.category);
  return withCategories(config, services, (name) => name === NECESSARY);
}

/**
 * A category with services is granted exactly when all its services are; one without services
 * keeps its own switch. `necessary` is always on.
 */
function withCategories(config: ConfigShape, services: Record<string, boolean>, own: (name: string) => boolean): Grants {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) {
    categories[c.name] = c.required || (c.services.length > 0 ? c.services.every((s) => services[s] === true) : own(c.name));
  }
  return { categories: Object.freeze(categories), services: Object.freeze(services) };
}

/**
 * Whether there is anything to ask: a category besides the necessary one. With nothing but
 * necessary services there is no banner and no decision to record. A category without services
 * still asks: it gates the page's `data-category` elements.
 */
export function asksConsent(config: Pick<ResolvedConfig, 'categories'>): boolean {
  return config.categories.some((c) => !c.required);
}

/** Only what is strictly necessary: the state before any decision, and after "Reject all". */
export function grantNone(config: ConfigShape): Grants {
  return build(config, () => false);
}

/** Everything in the config. */
export function grantAll(config: ConfigShape): Grants {
  return withCategories(config, Object.fromEntries(config.services.map((s) => [s.name, true])), () => true);
}

/** Applies a selection, whose names are known, on top of `base`: a category sets all its services, a service entry overrides that. */
export function applySelection(config: ConfigShape, base: Grants, selection: Selection): Grants {
  const chosen = (category: string): boolean | undefined => selection.categories?.[category];
  const services: Record<string, boolean> = {};
  for (const s of config.services) {
    services[s.name] = s.category === NECESSARY || (selection.services?.[s.name] ?? chosen(s.category) ?? base.services[s.name] === true);
  }
  return withCategories(config, services, (name) => chosen(name) ?? base.categories[name] === true);
}
