import type { ResolvedService } from '../types';
import { cookieLabel } from './cookie-name';
import type { I18n } from './i18n';
import { Toggle } from './toggle';

/** One service: its switch, and everything the visitor may want to know before switching it on (R5). */
export function Service(props: { service: ResolvedService; locked: boolean; checked: boolean; i18n: I18n; onChange: (on: boolean) => void }) {
  const { service, locked, checked, i18n, onChange } = props;
  const { t, text } = i18n;
  const id = `einlass-service-${service.name}`;
  return (
    <li class="service">
      <div class="row">
        <span id={id} class="name">{text(service.title)}</span>
        <Toggle checked={checked} locked={locked} labelledBy={id} onChange={onChange} />
      </div>
      <details>
        {/* Five "Details" in a row say nothing to a screen reader: each names its service. */}
        <summary aria-label={`${t('showDetails')}: ${text(service.title)}`}>{t('showDetails')}</summary>
        <dl>
          {service.provider && (<><dt>{t('provider')}</dt><dd>{text(service.provider)}</dd></>)}
          {service.purpose && (<><dt>{t('purpose')}</dt><dd>{text(service.purpose)}</dd></>)}
          <dt>{t('cookies')}</dt>
          <dd>
            {service.cookies.length === 0 ? t('noCookies') : (
              <ul class="cookies">
                {service.cookies.map((c) => (
                  <li key={c.name}>
                    <code>{cookieLabel(c.name)}</code>: {t('duration')} {text(c.duration)}{c.description ? ` (${text(c.description)})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('legalBasis')}</dt>
          <dd>{service.legalBasis === 'necessary' ? t('legalBasisNecessary') : t('legalBasisConsent')}</dd>
          <dt>{t('thirdCountry')}</dt>
          <dd>{service.thirdCountry === false ? t('noThirdCountry') : text(service.thirdCountry)}</dd>
        </dl>
        {service.privacyPolicy && (
          <a href={service.privacyPolicy} target="_blank" rel="noopener noreferrer">{t('servicePrivacyPolicy')}</a>
        )}
      </details>
    </li>
  );
}
