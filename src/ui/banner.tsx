import type { Einlass } from '../types';
import type { I18n } from './i18n';
import { summarize } from './summary';

/**
 * The first layer: what the services are for, links to the privacy policy and imprint, and three
 * buttons. "Accept all" and "Reject all" look the same (EDPB taskforce, OLG Köln 6 U 80/23); there is
 * no close button, because closing must not count as a choice.
 */
export function Banner({ einlass, i18n }: { einlass: Einlass; i18n: I18n }) {
  const { t } = i18n;
  const { privacyPolicy, imprint } = einlass.config;
  const { purposes, countries } = summarize(einlass.config, i18n);
  return (
    <section class="einlass banner" aria-labelledby="einlass-banner-title" lang={i18n.lang}>
      <h2 id="einlass-banner-title">{t('bannerTitle')}</h2>
      <p id="einlass-banner-text">
        {t('bannerText', { purposes })}
        {countries && ` ${t('bannerThirdCountry', { countries })}`}
      </p>
      {(privacyPolicy ?? imprint) && (
        <p class="links">
          {privacyPolicy && <a href={privacyPolicy}>{t('privacyPolicy')}</a>}
          {imprint && <a href={imprint}>{t('imprint')}</a>}
        </p>
      )}
      <div class="buttons">
        <button type="button" class="choice" data-choice="accept-all" onClick={einlass.acceptAll}>
          {t('acceptAll')}
        </button>
        <button type="button" class="choice" data-choice="reject-all" onClick={einlass.rejectAll}>
          {t('rejectAll')}
        </button>
        <button type="button" class="secondary" data-choice="settings" onClick={einlass.showSettings}>
          {t('settings')}
        </button>
      </div>
    </section>
  );
}
