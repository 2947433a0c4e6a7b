import type { ReadableAtom } from 'nanostores';
import { Component, render } from 'preact';
import type { ConsentRecord, ResolvedConfig, ResolvedService } from '../types';
import { cookieLabel } from './cookie-name';
import type { I18n } from './i18n';

/** einlass's own storage, which the declaration must list like any other: the consent cookie, and the pending proofs. */
function ownService(config: ResolvedConfig, i18n: I18n): ResolvedService {
  const { t } = i18n;
  const cookies = [{ name: config.cookie.name, duration: t('durationDays', { count: config.cookie.lifetimeDays }), description: t('consentManagerPurpose') }];
  if (config.consentLog) cookies.push({ name: 'localStorage: einlass:pending-proofs', duration: t('untilSent'), description: t('consentLogPurpose') });
  return {
    name: 'einlass', category: 'necessary', title: t('consentManager'), provider: t('operator'), purpose: t('consentManagerPurpose'),
    cookies, legalBasis: 'necessary', privacyPolicy: undefined, thirdCountry: false, hosts: [],
  };
}

// The declaration is part of the page, not of a shadow root: its few rules go into the document, scoped
// to it, as a constructed stylesheet (which a strict CSP allows). Wide: a table, scrolled where it
// must be; narrow (a phone, a sidebar): one block per service, each value labelled.
const CSS = `.einlass-declaration{container-type:inline-size;max-width:100%}
.einlass-declaration .scroll{overflow-x:auto}
.einlass-declaration th,.einlass-declaration td{vertical-align:top;text-align:start}
@container (max-width: 40em){.einlass-declaration table,.einlass-declaration tbody,.einlass-declaration tr,.einlass-declaration th,.einlass-declaration td{display:block}
.einlass-declaration thead{display:none}.einlass-declaration tr{margin:0 0 1em}
.einlass-declaration td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}`;
let sheet: CSSStyleSheet | undefined;

interface OwnProps {
  readonly config: ResolvedConfig;
  readonly i18n: I18n;
  readonly $record: ReadableAtom<ConsentRecord | null>;
}

/**
 * The visitor's own consent: what is allowed, since when, and the consent ID, which German privacy
 * policies ask visitors to quote when they exercise their rights. It follows changes made on the
 * page. A class, as the settings are: Preact's hooks would be a module of their own for this one.
 */
class OwnConsent extends Component<OwnProps, { record: ConsentRecord | null }> {
  private stop: (() => void) | undefined;

  override state = { record: this.props.$record.get() };

  override componentDidMount() {
    // subscribe, not listen: it also catches a change made before the component mounted.
    this.stop = this.props.$record.subscribe((record) => { this.setState({ record }); });
  }

  override componentWillUnmount() {
    this.stop?.();
  }

  override render({ config, i18n }: OwnProps, { record }: { record: ConsentRecord | null }) {
    const { t, text } = i18n;
    if (!record) return <p class="einlass-own-consent">{t('noDecisionYet')}</p>;
    const allowed = config.categories.filter((c) => !c.required && record.categories[c.name]).map((c) => text(c.title));
    const when = new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'long', timeStyle: 'short' }).format(record.updated);
    return (
      <dl class="einlass-own-consent">
        <dt>{t('consentAllowed')}</dt>
        <dd>{allowed.length > 0 ? i18n.list(allowed) : t('onlyNecessary')}</dd>
        <dt>{t('consentUpdated')}</dt>
        <dd>{when}</dd>
        <dt>{t('consentId')}</dt>
        <dd><code>{record.id}</code> {t('consentIdHint')}</dd>
      </dl>
    );
  }
}

/**
 * The cookie declaration for a privacy policy, made from the same config as the banner, so it
 * stays true: per service its purpose, provider, cookies and their lifetime, legal basis and
 * transfers outside the EU; the visitor's own consent; and a link that opens the settings. It
 * renders into the page itself (not a shadow root): it is part of the policy's text, styled,
 * searched and printed with it.
 */
function Declaration({ config, i18n, $record }: { config: ResolvedConfig; i18n: I18n; $record: ReadableAtom<ConsentRecord | null> }) {
  const { t, text } = i18n;
  const services = [ownService(config, i18n), ...config.services];
  const categoryTitle = (name: string) => text(config.categories.find((c) => c.name === name)?.title);
  const columns = (['service', 'category', 'purpose', 'provider', 'cookies', 'legalBasis', 'thirdCountry'] as const).map((key) => t(key));
  return (
    <div class="einlass-declaration" lang={i18n.lang}>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              {columns.map((label) => <th key={label} scope="col">{label}</th>)}
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.name} data-service={s.name}>
                <th scope="row">
                  {text(s.title)}
                  {s.privacyPolicy && (<><br /><a href={s.privacyPolicy} rel="noopener noreferrer">{t('servicePrivacyPolicy')}</a></>)}
                </th>
                <td data-label={columns[1]}>{categoryTitle(s.category) || s.category}</td>
                <td data-label={columns[2]}>{text(s.purpose)}</td>
                <td data-label={columns[3]}>{text(s.provider)}</td>
                <td data-label={columns[4]}>
                  {s.cookies.length === 0 ? t('noCookies') : (
                    <ul>
                      {s.cookies.map((c) => <li key={c.name}><code>{cookieLabel(c.name)}</code> ({text(c.duration)})</li>)}
                    </ul>
                  )}
                </td>
                <td data-label={columns[5]}>{s.legalBasis === 'necessary' ? t('legalBasisNecessary') : t('legalBasisConsent')}</td>
                <td data-label={columns[6]}>{s.thirdCountry === false ? t('noThirdCountry') : text(s.thirdCountry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('yourConsent')}</h3>
      <OwnConsent config={config} i18n={i18n} $record={$record} />
      <p>
        {t('changeChoice')} <a href="#" data-einlass-open>{t('openSettings')}</a>
      </p>
    </div>
  );
}

/** Fills `element` with the cookie declaration and the visitor's consent; returns the function that empties it again. */
export function mountDeclaration(element: Element, einlass: { readonly config: ResolvedConfig; readonly $record: ReadableAtom<ConsentRecord | null> }, i18n: I18n): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  render(<Declaration config={einlass.config} i18n={i18n} $record={einlass.$record} />, element);
  return () => { render(null, element); };
}
