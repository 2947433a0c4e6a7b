import type { ResolvedCategory, ResolvedService } from '../types';
import type { I18n } from './i18n';

/**
 * Stands in for a blocked embed: who provides it, what loading it sends, and the choice between
 * loading it once and always allowing the service. It shows nothing from the provider, not even a
 * thumbnail, because fetching one would already send the visitor's IP address.
 */
export function Placeholder(props: {
  service: ResolvedService | undefined;
  category: ResolvedCategory | undefined;
  i18n: I18n;
  /** A poster image from this site (never from the provider). */
  poster: string | undefined;
  onLoadOnce: () => void;
  onAlwaysAllow: () => void;
}) {
  const { service, category, i18n, poster, onLoadOnce, onAlwaysAllow } = props;
  const { t, text } = i18n;
  const name = text(service?.title ?? category?.title ?? '');
  const provider = service?.provider ? text(service.provider) : name;
  return (
    <div class="einlass placeholder" role="group" aria-labelledby="einlass-placeholder-title" lang={i18n.lang}>
      {poster && <img class="poster" src={poster} alt="" />}
      <p class="title" id="einlass-placeholder-title">{t('placeholderTitle', { service: name })}</p>
      <p>
        {t('placeholderText', { provider })}
        {service && service.thirdCountry !== false && ` ${t('placeholderThirdCountry', { countries: text(service.thirdCountry) })}`}
      </p>
      <div class="buttons">
        <button type="button" class="secondary" data-choice="load-once" onClick={onLoadOnce}>{t('loadOnce')}</button>
        <button type="button" class="choice" data-choice="always-allow" onClick={onAlwaysAllow}>{t('alwaysAllow', { service: name })}</button>
      </div>
      {service?.privacyPolicy && (
        <p class="links"><a href={service.privacyPolicy} target="_blank" rel="noopener noreferrer">{t('servicePrivacyPolicy')}</a></p>
      )}
    </div>
  );
}
