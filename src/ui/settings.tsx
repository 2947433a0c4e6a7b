import { Component, createRef, render } from 'preact';
import css from '../../themes/settings.css?text';
import type { Einlass, Grants } from '../types';
import { Category } from './category';
import type { I18n } from './i18n';

/** Category and service switches as one name → on map; names are unique across both. */
function draftFrom(grants: Grants): Record<string, boolean> {
  return { ...grants.categories, ...grants.services };
}

/** The element that has focus, looking into shadow roots (ours included). */
function focused(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

// Where the consent ID goes in its sentence: each language sets the words and punctuation around it.
const MARK = '\uE000';

/** The consent ID in its language's sentence ("Identifiant de consentement : …"), as code. */
function consentIdLine(sentence: string, id: string) {
  const [before = '', after = ''] = sentence.split(MARK);
  return <>{before}<code>{id}</code>{after}</>;
}

interface Props {
  readonly einlass: Einlass;
  readonly i18n: I18n;
}

/**
 * The second layer, on a native modal `<dialog>`: it traps focus, closes on Escape and restores
 * focus to where it was. Every switch starts as granted now, so before a decision all are off (R4).
 * Closing saves nothing (R3).
 */
class Settings extends Component<Props, { draft: Record<string, boolean> }> {
  private readonly dialog = createRef<HTMLDialogElement>();
  private opener: HTMLElement | null = null;

  override state = { draft: draftFrom(this.props.einlass.$grants.get()) };

  private stopFollowing: (() => void) | undefined;

  override componentDidMount() {
    this.opener = focused();
    this.dialog.current?.showModal();
    // A decision made elsewhere (another tab's withdrawal) resets the switches: saving the old ones
    // would undo it without the visitor knowing.
    this.stopFollowing = this.props.einlass.$record.listen(() => {
      this.setState({ draft: draftFrom(this.props.einlass.$grants.get()) });
    });
  }

  override componentWillUnmount() {
    this.stopFollowing?.();
    if (this.dialog.current?.open) this.dialog.current.close();
    if (this.opener?.isConnected) this.opener.focus();
  }

  override render({ einlass, i18n }: Props, { draft }: { draft: Record<string, boolean> }) {
    const { t } = i18n;
    const { config } = einlass;
    const record = einlass.$record.get();
    const decide = (choose: () => unknown) => () => {
      choose();
      einlass.closeSettings();
    };
    const save = () => {
      einlass.save({
        categories: Object.fromEntries(config.categories.map((c) => [c.name, draft[c.name] === true])),
        services: Object.fromEntries(config.services.map((s) => [s.name, draft[s.name] === true])),
      });
    };

    return (
      <dialog ref={this.dialog} class="einlass settings" aria-labelledby="einlass-settings-title" lang={i18n.lang} onClose={einlass.closeSettings}>
        <div class="head">
          {/* The heading takes the focus on opening: a focus ring on × would read as an error to a mouse user. */}
          <h2 id="einlass-settings-title" tabIndex={-1} autofocus>{t('settingsTitle')}</h2>
          <button type="button" class="close" aria-label={t('close')} onClick={einlass.closeSettings}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p>{t('settingsIntro')}</p>
        <ul class="categories">
          {config.categories.map((category) => (
            <Category
              key={category.name}
              category={category}
              services={config.services.filter((s) => s.category === category.name)}
              draft={draft}
              i18n={i18n}
              onChange={(changes) => {
                this.setState((current) => ({ draft: { ...current.draft, ...changes } }));
              }}
            />
          ))}
        </ul>
        {record && <p class="consent-id">{consentIdLine(t('consentIdShown', { id: MARK }), record.id)}</p>}
        {(config.privacyPolicy ?? config.imprint) && (
          <p class="links">
            {config.privacyPolicy && <a href={config.privacyPolicy}>{t('privacyPolicy')}</a>}
            {config.imprint && <a href={config.imprint}>{t('imprint')}</a>}
          </p>
        )}
        <div class="buttons">
          <button type="button" class="choice" data-choice="accept-all" onClick={decide(einlass.acceptAll)}>{t('acceptAll')}</button>
          <button type="button" class="choice" data-choice="reject-all" onClick={decide(einlass.rejectAll)}>{t('rejectAll')}</button>
          <button type="button" class="secondary" data-choice="save" onClick={decide(save)}>{t('saveSelection')}</button>
        </div>
      </dialog>
    );
  }
}

// Made on the first opening, not on import: importing this module changes nothing.
let sheet: CSSStyleSheet | undefined;

/**
 * Shows the settings in a container of their own at the end of `parent` (Preact owns it; the
 * banner before it is plain DOM), with their stylesheet. Returns the function that closes them.
 */
export function mountSettings(parent: ParentNode, einlass: Einlass, i18n: I18n): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  // Beside the interface's own sheet (ui/shadow.ts), so a page view that never opens the settings never fetches their rules.
  if (parent instanceof ShadowRoot && !parent.adoptedStyleSheets.includes(sheet)) parent.adoptedStyleSheets = [...parent.adoptedStyleSheets, sheet];
  const container = document.createElement('div');
  parent.append(container);
  render(<Settings einlass={einlass} i18n={i18n} />, container);
  return () => {
    render(null, container);
    container.remove();
  };
}
