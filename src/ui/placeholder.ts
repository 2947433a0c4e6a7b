import type { I18n } from './i18n';
import type { ResolvedCategory, ResolvedService } from '../types';
import { button, h } from './h';

/** What one placeholder shows and does. */
export interface PlaceholderProps {
  readonly service: ResolvedService | undefined;
  readonly category: ResolvedCategory | undefined;
  readonly tr: I18n;
  /** A poster image from this site (never from the provider). */
  readonly poster: string | undefined;
  readonly onLoadOnce: () => void;
  readonly onAlwaysAllow: () => void;
}

/**
 * Stands in for a blocked embed: who provides it, what loading it sends, and the choice between
 * loading it once and always allowing the service. It shows nothing from the provider, not even a
 * thumbnail, because fetching one would already send the visitor's IP address. Plain DOM, so repeat
 * visitors get placeholders without Preact.
 */
export function createPlaceholder({ service, category, tr, poster, onLoadOnce, onAlwaysAllow }: PlaceholderProps): HTMLElement {
  const { t, text } = tr;
  const name = text(service?.title ?? category?.title ?? '');
  // The provider's name; its postal address belongs in the details (settings, declaration), not in a sentence on a phone.
  const provider = service?.provider ? (text(service.provider).split(',')[0] ?? name) : name;
  const thirdCountry = service && service.thirdCountry !== false ? ` ${t('placeholderThirdCountry', { countries: text(service.thirdCountry) })}` : '';
  const box = h(
    'div',
    { class: 'einlass placeholder', role: 'group', 'aria-labelledby': 'einlass-placeholder-title', lang: tr.lang },
    h('p', { class: 'title', id: 'einlass-placeholder-title' }, t('placeholderTitle', { service: name })),
    h('p', {}, t('placeholderText', { provider }) + thirdCountry),
    h(
      'div',
      { class: 'buttons' },
      button('load-once', 'secondary', t('loadOnce'), onLoadOnce),
      button('always-allow', 'choice', t('alwaysAllow', { service: name }), onAlwaysAllow),
    ),
  );
  if (poster) box.prepend(h('img', { class: 'poster', src: poster, alt: '' }));
  if (service?.privacyPolicy) {
    box.append(h('p', { class: 'links' }, h('a', { href: service.privacyPolicy, target: '_blank', rel: 'noopener noreferrer' }, t('servicePrivacyPolicy'))));
  }
  return box;
}
