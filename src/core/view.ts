import { atom, computed, type ReadableAtom } from 'nanostores';

/** What the interface shows: the banner, the settings dialog, or nothing. */
export type View = 'banner' | 'settings' | null;

/** The interface's state: the banner shows until a decision; the settings show while opened. */
export interface ViewState {
  readonly $view: ReadableAtom<View>;
  readonly openSettings: () => void;
  readonly closeSettings: () => void;
}

export function createView($decided: ReadableAtom<boolean>): ViewState {
  const $open = atom(false);
  return {
    $view: computed([$decided, $open], (decided, open): View => (open ? 'settings' : decided ? null : 'banner')),
    openSettings: () => {
      $open.set(true);
    },
    closeSettings: () => {
      $open.set(false);
    },
  };
}
