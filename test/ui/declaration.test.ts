import { expect } from '@esm-bundle/chai';
import { googleAnalytics } from '../../src/integrations/google-analytics/index';
import { matomo } from '../../src/integrations/matomo/index';
import { mountUI } from '../../src/ui/mount';
import { find } from '../helpers/dom';
import { resetVendors, start } from '../helpers/integrations';
import { frames } from '../helpers/ui';
import { until } from '../helpers/frames';
import { LANGUAGES, loadMessages } from '../../src/locales';

describe('cookie declaration', () => {
  let policy: HTMLElement;
  let unmount: (() => void) | undefined;
  beforeEach(async () => {
    await resetVendors();
    policy = document.createElement('section');
    policy.innerHTML = '<h2>Cookies</h2><div data-einlass-declaration></div>';
    document.body.append(policy);
  });
  afterEach(async () => {
    unmount?.();
    policy.remove();
    await resetVendors();
  });

  async function declare(language: string, consentLog?: string) {
    const einlass = start([matomo({ url: 'https://matomo.example.org/', siteId: 1 }), googleAnalytics({ id: 'G-DECLARE1' })], consentLog ? { consentLog } : {});
    unmount = mountUI(einlass, { language });
    // The declaration's code is fetched only for a page that has one.
    await until(() => policy.querySelector('tbody') !== null, 5000);
    const rows = [...policy.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    return { einlass, rows, head: [...policy.querySelectorAll('thead th')].map((th) => th.textContent) };
  }

  it('lists every service with purpose, provider, cookies and lifetimes, legal basis and transfers, in German', async () => {
    const { rows, head } = await declare('de');
    expect(head).to.deep.equal(['Dienst', 'Kategorie', 'Zweck', 'Anbieter', 'Cookies und Speicher', 'Rechtsgrundlage', 'Übermittlung in Drittländer']);
    expect(rows.map((r) => r[0])).to.deep.equal(['Einwilligungsverwaltung', 'Matomo', 'Google Analytics Datenschutzhinweise des Anbieters']);
    expect(rows[0]).to.deep.equal(['Einwilligungsverwaltung', 'Notwendig', 'Speichert Ihre Auswahl zu den Diensten dieser Website', 'Betreiber dieser Website', 'einlass (182 Tage)', 'Unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)', 'Keine']);
    expect(rows[2]?.slice(1)).to.deep.equal([
      'Statistik',
      'Reichweitenmessung: welche Seiten wie oft und wie lange besucht werden',
      'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland',
      '_ga (2 Jahre) _ga_* (2 Jahre) _gid (24 Stunden) _gat (1 Minute) _gat_* (1 Minute)',
      'Einwilligung (Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TDDDG)',
      'USA (EU-US Data Privacy Framework)',
    ]);
  });

  it('speaks English, and lists the pending proofs when a consent log is set', async () => {
    const { rows, head } = await declare('en', '/consent-log');
    expect(head[0]).to.equal('Service');
    expect(rows[0]?.[4]).to.equal('einlass (182 days) localStorage: einlass:pending-proofs (until sent)');
    expect(rows[1]?.[2]).to.equal('Audience measurement: which pages are visited and how often');
  });

  it('offers a link that opens the settings', async () => {
    const { einlass } = await declare('de');
    const link = find(policy, 'a[data-einlass-open]', 'the policy section');
    expect(link.textContent).to.equal('Datenschutz-Einstellungen öffnen');
    link.click();
    await frames();
    expect(einlass.$view.get()).to.equal('settings');
  });

  for (const language of LANGUAGES) {
    it(`declares Matomo's own consent cookies with their lifetime, in the declaration and the settings, in ${language}`, async () => {
      const messages = await loadMessages(language);
      const lifetime = messages.whileChoiceKept as string;
      const { einlass, rows } = await declare(language);
      const cookies = rows[1]?.[4] ?? '';
      expect(cookies).to.include(`mtm_consent (${lifetime})`);
      expect(cookies).to.include(`mtm_consent_removed (${lifetime})`);
      einlass.showSettings();
      await until(() => document.querySelector('einlass-ui')?.shadowRoot?.querySelector('dialog[open] .cookies') !== null);
      const listed = [...(document.querySelector('einlass-ui')?.shadowRoot?.querySelectorAll('dialog[open] .cookies li') ?? [])].map((li) => li.textContent);
      expect(listed).to.include(`mtm_consent: ${messages.duration as string} ${lifetime} (${messages.matomoConsentCookie as string})`);
      expect(listed).to.include(`mtm_consent_removed: ${messages.duration as string} ${lifetime} (${messages.matomoConsentRemovedCookie as string})`);
    });
  }

  it('shows the visitor\'s own consent: nothing yet, then what is allowed, since when, and the consent ID to quote', async () => {
    const { einlass } = await declare('de');
    const own = () => policy.querySelector('.einlass-own-consent')?.textContent ?? '';
    expect(own()).to.equal('Sie haben auf diesem Gerät noch keine Auswahl getroffen.');
    const record = einlass.save({ categories: { analytics: true } });
    await until(() => own().includes(record.id));
    expect(own()).to.include('ErlaubtStatistik').and.include('Einwilligungs-ID').and.include('Nennen Sie diese ID');
    expect(own()).to.include(new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' }).format(record.updated));
    einlass.rejectAll();
    await until(() => own().includes('Nur Notwendiges'));
  });
});
