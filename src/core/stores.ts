import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ConsentRecord, Grants } from '../types';
import type { View } from './view';

/** The stores behind a consent state: the script-tag loader makes them before the state exists. */
export interface ConsentStores {
  readonly $record: WritableAtom<ConsentRecord | null>;
  readonly $grants: WritableAtom<Grants>;
  readonly $decided: WritableAtom<boolean>;
  readonly $view: WritableAtom<View>;
}

/** The two questions every face of einlass answers the same way: the loader's `window.Einlass` and `createConsent`. */
export function grantQueries($grants: ReadableAtom<Grants>): { readonly isGranted: (category: string) => boolean; readonly isServiceGranted: (service: string) => boolean } {
  return {
    isGranted: (category) => $grants.get().categories[category] === true,
    isServiceGranted: (service) => $grants.get().services[service] === true,
  };
}

/** Only what is granted: a record carries its id and dates too, which `$grants` does not promise. */
export function grantsOf(grants: Grants): Grants {
  return { categories: grants.categories, services: grants.services };
}

/** Plain atoms kept in step rather than `computed`, which would bring nanostores' lifecycle code into the loader. */
export function createStores(grants: Grants, record: ConsentRecord | null = null): ConsentStores {
  return { $record: atom(record), $grants: atom(grantsOf(grants)), $decided: atom(record !== null), $view: atom(record ? null : 'banner') };
}
