import { useEffect, useRef } from 'preact/hooks';
import type { Einlass } from '../create';
import { Banner } from './banner';
import type { I18n } from './i18n';
import { Settings } from './settings';
import { useStore } from './use-store';

/**
 * A banner the site owner asked to be modal: the page waits behind it until the visitor decides.
 * Closing is no choice, so it reopens; Chromium lets Escape close a dialog whatever `cancel` says
 * when the page has had no user activation yet.
 */
function ModalBanner({ einlass, i18n }: { einlass: Einlass; i18n: I18n }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const leaving = useRef(false);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      leaving.current = true;
      element?.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="modal-banner"
      onCancel={(event) => {
        event.preventDefault();
      }}
      onClose={() => {
        if (!leaving.current && dialog.current?.isConnected) dialog.current.showModal();
      }}
    >
      <Banner einlass={einlass} i18n={i18n} />
    </dialog>
  );
}

/**
 * The banner until a decision, and the settings while opened. The banner stays mounted under the
 * modal settings (which make it inert), so that closing them hands focus back to the button that opened them.
 */
export function App({ einlass, i18n }: { einlass: Einlass; i18n: I18n }) {
  const view = useStore(einlass.$view);
  const decided = useStore(einlass.$decided);
  const FirstLayer = einlass.config.modal ? ModalBanner : Banner;
  return (
    <>
      {!decided && <FirstLayer einlass={einlass} i18n={i18n} />}
      {view === 'settings' && <Settings einlass={einlass} i18n={i18n} />}
    </>
  );
}
