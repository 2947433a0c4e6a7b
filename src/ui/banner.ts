import { asksConsent } from '../core/grants';
import type { Einlass, ResolvedConfig } from '../types';
import { intoTopLayer } from './body';
import { button, h } from './h';
import type { I18n } from './i18n';
import { summarize } from './summary';

/**
 * The first layer: what the services are for, where data leaves the EU, links to the privacy
 * policy and imprint, and three buttons. "Accept all" and "Reject all" look the same (EDPB
 * taskforce, OLG Köln 6 U 80/23); there is no close button, because closing must not count as a
 * choice. Plain DOM: every first visit shows it, so it waits for no framework.
 */
function createBanner(einlass: Einlass, i18n: I18n): HTMLElement {
  const { t } = i18n;
  const { privacyPolicy, imprint } = einlass.config;
  const { purposes, countries, recipients } = summarize(einlass.config, i18n);
  const links = [
    ...(privacyPolicy ? [h('a', { href: privacyPolicy }, t('privacyPolicy'))] : []),
    ...(imprint ? [h('a', { href: imprint }, t('imprint'))] : []),
  ];
  // Each recipient's name links to its page on how it uses the data, named so for screen readers:
  // one line less on a phone than a link of its own. Marks stand in for the names while the text is formatted.
  const marks = recipients.map((_, i) => `\uE000${String(i)}\uE000`);
  const named = recipients.length > 0 ? ` ${t('bannerRecipients', { names: i18n.list(marks), count: recipients.length })}` : '';
  const text = (t('bannerText', { purposes }) + (countries ? ` ${t('bannerThirdCountry', { countries })}` : '') + named).split(/\uE000(\d+)\uE000/);
  const parts = text.map((part, i) => {
    const recipient = i % 2 === 1 ? recipients[Number(part)] : undefined;
    if (!recipient) return part;
    const label = t('recipientDataUse', { name: recipient.name });
    return h('a', { href: recipient.dataUse, rel: 'noopener', target: '_blank', title: label, 'aria-label': label }, recipient.name);
  });
  return h(
    'section',
    { class: 'einlass banner', 'aria-labelledby': 'einlass-banner-title', lang: i18n.lang },
    h('h2', { id: 'einlass-banner-title' }, t('bannerTitle')),
    h('p', { id: 'einlass-banner-text' }, ...parts),
    ...(links.length > 0 ? [h('p', { class: 'links' }, ...links)] : []),
    h(
      'div',
      { class: 'buttons' },
      button('accept-all', 'choice', t('acceptAll'), () => { einlass.acceptAll(); }),
      button('reject-all', 'choice', t('rejectAll'), () => { einlass.rejectAll(); }),
      button('settings', 'secondary', t('settings'), () => { einlass.showSettings(); }),
    ),
  );
}

/**
 * Whether this is the privacy policy or the imprint: a modal banner must not block them (the imprint
 * must stay directly reachable, § 5 DDG, and the policy readable before a choice).
 */
function onLegalPage({ privacyPolicy, imprint }: Pick<ResolvedConfig, 'privacyPolicy' | 'imprint'>): boolean {
  const pathOf = (address: string) => {
    try {
      return new URL(address, location.href).pathname;
    } catch {
      return undefined;
    }
  };
  return [privacyPolicy, imprint].some((address) => address !== undefined && pathOf(address) === location.pathname);
}

/**
 * Shows the banner first in `parent` until the visitor decides (when there is anything to ask); returns the function that takes it
 * away. A banner the site owner asked to be modal sits in a modal dialog, and the page waits behind
 * it: closing is no choice, so it reopens (Chromium lets Escape close a dialog whatever `cancel`
 * says when the page has had no user activation yet).
 */
export function mountBanner(parent: ParentNode, einlass: Einlass, i18n: I18n): () => void {
  let shown: HTMLElement | undefined;
  const follow = () => {
    if (einlass.$decided.get() || !asksConsent(einlass.config)) {
      shown?.remove();
      shown = undefined;
      return;
    }
    if (shown) return;
    const banner = createBanner(einlass, i18n);
    if (!einlass.config.modal || onLegalPage(einlass.config)) {
      parent.prepend((shown = banner));
      intoTopLayer(banner);
      return;
    }
    // A modal dialog focuses its first button unless told otherwise, and one stray Enter would
    // accept everything: the heading takes the focus, and screen readers start from it.
    const heading = banner.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.setAttribute('autofocus', '');
    const dialog = h('dialog', { class: 'modal-banner' }, banner);
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); });
    dialog.addEventListener('close', () => { if (dialog.isConnected) dialog.showModal(); });
    parent.prepend((shown = dialog));
    dialog.showModal();
  };
  follow();
  const stop = einlass.$decided.listen(follow);
  return () => {
    stop();
    shown?.remove();
  };
}
