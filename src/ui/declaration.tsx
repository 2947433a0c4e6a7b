import { render } from 'preact';
import type { ResolvedConfig, ResolvedService } from '../types';
import { cookieLabel } from './cookie-name';
import type { I18n } from './i18n';

/** einlass's own storage, which the declaration must list like any other: the consent cookie, and the pending proofs. */
function ownService(config: ResolvedConfig, i18n: I18n): ResolvedService {
  const { t } = i18n;
  const cookies = [{ name: config.cookie.name, duration: t('durationDays', { count: config.cookie.lifetimeDays }), description: t('consentManagerPurpose') }];
  if (config.consentLog) cookies.push({ name: 'einlass:pending-proofs (localStorage)', duration: t('untilSent'), description: t('consentLogPurpose') });
  return {
    name: 'einlass', category: 'necessary', title: t('consentManager'), provider: t('operator'), purpose: t('consentManagerPurpose'),
    cookies, legalBasis: 'necessary', privacyPolicy: undefined, thirdCountry: false, hosts: [],
  };
}

/**
 * The cookie declaration for a privacy policy, made from the same config as the banner, so it
 * stays true: per service its purpose, provider, cookies and their lifetime, legal basis and
 * transfers outside the EU, and a link that opens the settings. It renders into the page itself
 * (not a shadow root): it is part of the policy's text, styled, searched and printed with it.
 */
function Declaration({ config, i18n }: { config: ResolvedConfig; i18n: I18n }) {
  const { t, text } = i18n;
  const services = [ownService(config, i18n), ...config.services];
  const categoryTitle = (name: string) => text(config.categories.find((c) => c.name === name)?.title);
  return (
    <div class="einlass-declaration" lang={i18n.lang}>
      <table>
        <thead>
          <tr>
            {(['service', 'category', 'purpose', 'provider', 'cookies', 'legalBasis', 'thirdCountry'] as const).map((key) => <th key={key} scope="col">{t(key)}</th>)}
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.name} data-service={s.name}>
              <th scope="row">
                {text(s.title)}
                {s.privacyPolicy && (<><br /><a href={s.privacyPolicy} rel="noopener noreferrer">{t('servicePrivacyPolicy')}</a></>)}
              </th>
              <td>{categoryTitle(s.category) || s.category}</td>
              <td>{text(s.purpose)}</td>
              <td>{text(s.provider)}</td>
              <td>
                {s.cookies.length === 0 ? t('noCookies') : (
                  <ul>
                    {s.cookies.map((c) => <li key={c.name}><code>{cookieLabel(c.name)}</code> ({text(c.duration)})</li>)}
                  </ul>
                )}
              </td>
              <td>{s.legalBasis === 'necessary' ? t('legalBasisNecessary') : t('legalBasisConsent')}</td>
              <td>{s.thirdCountry === false ? t('noThirdCountry') : text(s.thirdCountry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('changeChoice')} <a href="#" data-einlass-open>{t('openSettings')}</a>
      </p>
    </div>
  );
}

/** Fills `element` with the cookie declaration; returns the function that empties it again. */
export function mountDeclaration(element: Element, config: ResolvedConfig, i18n: I18n): () => void {
  render(<Declaration config={config} i18n={i18n} />, element);
  return () => { render(null, element); };
}
