import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** The current value of a store, re-rendering on change. The interface part ships no nanostores of its own. */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(() => store.get());
  useEffect(
    () =>
      store.subscribe((next) => {
        setValue(() => next);
      }),
    [store],
  );
  return value;
}
