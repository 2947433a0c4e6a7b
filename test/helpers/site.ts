import { click } from './dom';
import { openFrame, until, type FrameWindow } from './frames';

/** A framed fixture page of test/script-tag, with what its scripts report. */
export interface SiteWindow extends FrameWindow {
  /** Set by the page's `<script type="text/plain" data-category="analytics">` once einlass let it run. */
  analyticsRan?: boolean;
  /** Set by redirect-csp*.html's blocked inline script, which runs under its policy only with the nonce. */
  inlineRan?: boolean;
  /** Set by test/fixtures/external.js, a blocked script with `data-src`. */
  externalRan?: boolean;
  /** The Content-Security-Policy violations the page saw (test/fixtures/capture-csp.js). */
  violations?: string[];
}

/** The settings a site changes between two page views; see test/fixtures/site-settings.html. */
export interface SiteSettings {
  domain?: string;
  cookieName?: string;
  revision?: number;
  legalBasis?: string;
  privacyPolicy?: string;
  /** The page has a cookie declaration, as a privacy-policy page has: it brings in the interface part. */
  declaration?: boolean;
}

/** The address of test/fixtures/site-settings.html with these settings. */
export function sitePage(settings: SiteSettings = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(settings) as [string, string | number | boolean | undefined][]) {
    if (value === true) query.set(key, '');
    else if (value !== undefined && value !== false) query.set(key, String(value));
  }
  const search = query.toString();
  return `/test/fixtures/site-settings.html${search ? `?${search}` : ''}`;
}

/** A page view in a frame; `leave` ends it, as following a link would. */
export interface PageView {
  readonly win: SiteWindow;
  readonly frame: HTMLIFrameElement;
  readonly leave: () => void;
}

/** Opens a fixture page (by default site-settings.html with `settings`) until einlass has published itself or reported an error. */
export async function visit(settings: SiteSettings | string = {}): Promise<PageView> {
  const { win, frame } = await openFrame(typeof settings === 'string' ? settings : sitePage(settings));
  return { win, frame, leave: () => { frame.remove(); } };
}

/** The banner in a document, if it is on screen. */
export function banner(doc: Document): Element | null {
  return doc.querySelector('einlass-ui')?.shadowRoot?.querySelector('.banner') ?? null;
}

export function bannerShown(doc: Document): boolean {
  return banner(doc) !== null;
}

/** The settings dialog, once it is open. */
export function openDialog(doc: Document): HTMLDialogElement | null {
  return doc.querySelector('einlass-ui')?.shadowRoot?.querySelector('dialog[open]') ?? null;
}

/** Waits for the banner (which also proves the page asks), then clicks one of its buttons, as a visitor would. */
export async function clickInBanner(doc: Document, choice: 'accept-all' | 'reject-all'): Promise<void> {
  await until(() => bannerShown(doc), 3000);
  click(doc.querySelector('einlass-ui')?.shadowRoot ?? doc, `.banner [data-choice="${choice}"]`, 'the banner');
}

/** Opens the settings from the page's own window.Einlass, as a footer link does, and clicks a choice in the dialog. */
export async function clickInSettings(view: PageView, choice: 'accept-all' | 'reject-all'): Promise<void> {
  view.win.Einlass?.showSettings();
  await until(() => openDialog(view.win.document) !== null, 3000);
  click(view.win.document.querySelector('einlass-ui')?.shadowRoot ?? view.win.document, `dialog[open] [data-choice="${choice}"]`, 'the settings dialog');
}

/** What one page view applies: the decision einlass holds, what ran, and whether it asks the visitor. */
export interface Applied {
  decided: boolean;
  analyticsGranted: boolean;
  analyticsRan: boolean;
  banner: boolean;
}

/** Opens a page, lets it finish what it starts (fetching a part, rendering the banner), reads what it applied and leaves. */
export async function pageView(settings: SiteSettings = {}): Promise<Applied> {
  const view = await visit(settings);
  await settle();
  const applied = {
    decided: view.win.Einlass?.$decided.get() ?? false,
    analyticsGranted: view.win.Einlass?.isGranted('analytics') ?? false,
    analyticsRan: view.win.analyticsRan === true,
    banner: bannerShown(view.win.document),
  };
  view.leave();
  return applied;
}

/** Lets the page finish what it started, so an absence (no banner, no script run) means something. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The address of test/fixtures/config-page.html: the script tag with this config block and, optionally, this body. */
export function configPage(config: unknown, html = ''): string {
  return `/test/fixtures/config-page.html?${new URLSearchParams({ config: JSON.stringify(config), html }).toString()}`;
}
