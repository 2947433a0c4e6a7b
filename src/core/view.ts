import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';

/** What the interface shows: the banner, the settings dialog, or nothing. */
export type View = 'banner' | 'settings' | null;

/** The interface's state: the banner shows until a decision, when there is something to ask; the settings show while opened. */
export interface ViewState {
  readonly $view: ReadableAtom<View>;
  readonly openSettings: () => void;
  readonly closeSettings: () => void;
}

export function createView($decided: ReadableAtom<boolean>, $view: WritableAtom<View> = atom<View>(null), asks = true): ViewState {
  let open = false;
  const update = () => {
    $view.set(open ? 'settings' : $decided.get() || !asks ? null : 'banner');
  };
  // Lives as long as the consent state it follows, so the subscription is never ended.
  $decided.subscribe(update);
  return {
    $view,
    openSettings: () => {
      open = true;
      update();
    },
    closeSettings: () => {
      open = false;
      update();
    },
  };
}
