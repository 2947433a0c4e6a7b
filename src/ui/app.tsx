import { Component, createRef } from 'preact';
import type { Einlass } from '../types';
import { Banner } from './banner';
import type { I18n } from './i18n';
import { Settings } from './settings';

interface Props {
  readonly einlass: Einlass;
  readonly i18n: I18n;
}

/**
 * A banner the site owner asked to be modal: the page waits behind it until the visitor decides.
 * Closing is no choice, so it reopens; Chromium lets Escape close a dialog whatever `cancel` says
 * when the page has had no user activation yet.
 */
class ModalBanner extends Component<Props> {
  private readonly dialog = createRef<HTMLDialogElement>();
  private leaving = false;

  override componentDidMount() {
    this.dialog.current?.showModal();
  }

  override componentWillUnmount() {
    this.leaving = true;
    this.dialog.current?.close();
  }

  override render({ einlass, i18n }: Props) {
    return (
      <dialog
        ref={this.dialog}
        class="modal-banner"
        onCancel={(event) => {
          event.preventDefault();
        }}
        onClose={() => {
          if (!this.leaving && this.dialog.current?.isConnected) this.dialog.current.showModal();
        }}
      >
        <Banner einlass={einlass} i18n={i18n} />
      </dialog>
    );
  }
}

/**
 * The banner until a decision, and the settings while opened. The banner stays mounted under the
 * modal settings (which make it inert), so that closing them hands focus back to the button that opened them.
 */
export class App extends Component<Props> {
  private stop: (() => void)[] = [];

  override componentDidMount() {
    // Preact's own components follow the stores: the interface part ships no hooks for two subscriptions.
    const { $view, $decided } = this.props.einlass;
    this.stop = [$view.listen(() => { this.forceUpdate(); }), $decided.listen(() => { this.forceUpdate(); })];
  }

  override componentWillUnmount() {
    this.stop.forEach((stop) => { stop(); });
  }

  override render({ einlass, i18n }: Props) {
    const FirstLayer = einlass.config.modal ? ModalBanner : Banner;
    return (
      <>
        {!einlass.$decided.get() && <FirstLayer einlass={einlass} i18n={i18n} />}
        {einlass.$view.get() === 'settings' && <Settings einlass={einlass} i18n={i18n} />}
      </>
    );
  }
}
