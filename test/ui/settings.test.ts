import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { siteConfig } from '../helpers/config';
import { readCookie } from '../helpers/cookies';
import { focused, mount, unmountAll, type Mounted } from '../helpers/ui';

async function openSettings(ui: Mounted): Promise<HTMLDialogElement> {
  ui.button('settings').click();
  await ui.settle();
  const dialog = ui.dialog('dialog.settings');
  if (!dialog?.open) throw new Error('the settings did not open');
  return dialog;
}

const switchOf = (ui: Mounted, name: string) => ui.get(`[role="switch"][aria-labelledby="einlass-category-${name}"], [role="switch"][aria-labelledby="einlass-service-${name}"]`);

type Save = Mounted['einlass']['save'];

/** The site's config with a service in the necessary category, whose switch is locked on too. */
const withNecessaryService: typeof siteConfig = {
  ...siteConfig,
  services: [{ name: 'session', category: 'necessary', provider: 'Example GmbH' }, ...(siteConfig.services ?? [])],
};

describe('settings dialog', () => {
  afterEach(unmountAll);

  it('says "Immer aktiv" once for the necessary category, and names each service\'s details for screen readers', async () => {
    const ui = await mount(siteConfig, 'de');
    const dialog = await openSettings(ui);
    const necessary = dialog.querySelector('.category');
    expect(necessary?.textContent.match(/Immer aktiv/g)).to.have.length(1);
    const labels = [...dialog.querySelectorAll('summary')].map((s) => s.getAttribute('aria-label'));
    expect(labels.length > 1 && labels.every((l) => l?.startsWith('Details: ')), JSON.stringify(labels)).to.equal(true);
    expect(new Set(labels).size, 'no two alike').to.equal(labels.length);
  });

  it('shows the consent ID once there is a decision, to quote when the visitor contacts the site', async () => {
    const ui = await mount(siteConfig, 'de');
    const record = ui.einlass.acceptAll();
    ui.einlass.showSettings();
    await ui.settle();
    expect(ui.dialog('dialog.settings')?.querySelector('.consent-id')?.textContent).to.equal(`Einwilligungs-ID: ${record.id}`);
    expect(ui.dialog('dialog.settings')?.querySelector('.consent-id code')?.textContent).to.equal(record.id);
  });

  it('punctuates the consent ID as French does, with a no-break space before the colon', async () => {
    const ui = await mount(siteConfig, 'fr');
    const record = ui.einlass.acceptAll();
    ui.einlass.showSettings();
    await ui.settle();
    expect(ui.dialog('dialog.settings')?.querySelector('.consent-id')?.textContent).to.equal(`Identifiant de consentement\u00a0: ${record.id}`);
  });

  it('brings its own stylesheet when it first opens, so the banner alone carries none of its rules', async () => {
    const ui = await mount(siteConfig, 'en');
    const before = ui.root.adoptedStyleSheets.length;
    const dialog = await openSettings(ui);
    expect(ui.root.adoptedStyleSheets.length).to.equal(before + 1);
    const knob = dialog.querySelector('[role="switch"]');
    expect(knob && getComputedStyle(knob).width).to.equal(`${String(3 * parseFloat(getComputedStyle(dialog).fontSize))}px`);
    expect(getComputedStyle(dialog.querySelector(':scope > .buttons') ?? dialog).position).to.equal('sticky');
    // Closed and opened again: the same sheet, not a second copy.
    ui.einlass.closeSettings();
    await ui.settle();
    await openSettings(ui);
    expect(ui.root.adoptedStyleSheets.length).to.equal(before + 1);
  });

  it('opens as a labelled modal dialog', async () => {
    const ui = await mount(siteConfig, 'en');
    const dialog = await openSettings(ui);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(ui.root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).to.equal('Privacy settings');
  });

  it('starts with every non-necessary switch off, and necessary on and locked (R4)', async () => {
    const ui = await mount();
    await openSettings(ui);
    const switches = ui.$$('[role="switch"]');
    expect(switches.length).to.equal(4 + 4);
    const state: Record<string, (string | null)[]> = {};
    for (const s of switches) state[s.getAttribute('aria-labelledby') ?? ''] = [s.getAttribute('aria-checked'), s.getAttribute('aria-disabled')];
    expect(state['einlass-category-necessary']).to.deep.equal(['true', 'true']);
    for (const name of ['analytics', 'marketing', 'media']) expect(state[`einlass-category-${name}`], name).to.deep.equal(['false', null]);
    for (const name of ['matomo', 'google-analytics', 'google-ads', 'youtube']) expect(state[`einlass-service-${name}`], name).to.deep.equal(['false', null]);
  });

  it('saves a selection by category and by service', async () => {
    const ui = await mount();
    await openSettings(ui);
    switchOf(ui, 'analytics').click();
    await ui.settle();
    expect(switchOf(ui, 'matomo').getAttribute('aria-checked')).to.equal('true');
    switchOf(ui, 'google-analytics').click();
    switchOf(ui, 'youtube').click();
    await ui.settle();
    expect(switchOf(ui, 'analytics').getAttribute('aria-checked')).to.equal('false');
    ui.button('save').click();
    await ui.settle();
    expect(ui.einlass.$grants.get().services).to.deep.equal({ matomo: true, 'google-analytics': false, 'google-ads': false, youtube: true });
    expect(ui.einlass.$record.get()?.action).to.equal('custom');
    expect(ui.$('dialog.settings') === null, 'settings dialog gone').to.equal(true);
    expect(ui.$('.banner') === null, 'banner gone').to.equal(true);
  });

  it('keeps the locked necessary switches on when clicked, and saves necessary granted (R4)', async () => {
    const ui = await mount(withNecessaryService);
    await openSettings(ui);
    // What the dialog asks to store. The core grants necessary whatever it is asked (core/grants.ts), so the
    // saved record alone would not notice a locked switch that flips; the selection the dialog hands over does.
    const asked: Parameters<Save>[0][] = [];
    const save = ui.einlass.save;
    (ui.einlass as { save: Save }).save = (selection) => {
      asked.push(selection);
      return save(selection);
    };
    switchOf(ui, 'necessary').click();
    switchOf(ui, 'session').click();
    await ui.settle();
    expect([switchOf(ui, 'necessary').getAttribute('aria-checked'), switchOf(ui, 'session').getAttribute('aria-checked')]).to.deep.equal(['true', 'true']);
    ui.button('save').click();
    await ui.settle();
    expect(asked.map((selection) => [selection.categories?.necessary, selection.services?.session])).to.deep.equal([[true, true]]);
    const record = ui.einlass.$record.get();
    expect(record?.action).to.equal('custom');
    expect([record?.categories.necessary, record?.services.session, record?.categories.analytics]).to.deep.equal([true, true, false]);
  });

  it('offers accept all and reject all there too', async () => {
    const ui = await mount();
    await openSettings(ui);
    ui.button('reject-all').click();
    await ui.settle();
    expect(ui.einlass.$record.get()?.action).to.equal('reject-all');
  });

  it('stores nothing when closed with the close button or Escape, and the banner stays (R3)', async () => {
    const ui = await mount();
    await openSettings(ui);
    switchOf(ui, 'analytics').click();
    ui.get('.close').click();
    await ui.settle();
    expect(ui.$('dialog.settings') === null, 'settings dialog gone').to.equal(true);
    await openSettings(ui);
    expect(switchOf(ui, 'analytics').getAttribute('aria-checked')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await ui.settle();
    expect(ui.$('dialog.settings') === null, 'settings dialog gone').to.equal(true);
    expect(ui.einlass.$decided.get()).to.equal(false);
    expect(readCookie('einlass')).to.equal(undefined);
    expect(ui.$('.banner') !== null, 'banner still there').to.equal(true);
  });

  it('shows provider, purpose, cookies and their lifetime, legal basis, transfers and policy link for each service (R5)', async () => {
    const ui = await mount({
      ...siteConfig,
      services: [{
        name: 'google-analytics', category: 'analytics', title: 'Google Analytics', provider: 'Google Ireland Limited, Gordon House, Dublin 4',
        purpose: { de: 'Reichweitenmessung', en: 'Audience measurement' }, thirdCountry: 'USA (EU-US Data Privacy Framework)',
        privacyPolicy: 'https://policies.google.com/privacy', cookies: [{ name: '^_ga', duration: { de: '2 Jahre', en: '2 years' } }],
      }],
    }, 'de');
    await openSettings(ui);
    const service = ui.$('.service');
    const text = service?.textContent ?? '';
    for (const part of ['Google Analytics', 'Anbieter', 'Google Ireland Limited, Gordon House, Dublin 4', 'Zweck', 'Reichweitenmessung', '_ga*: Speicherdauer 2 Jahre', 'Einwilligung (Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TDDDG)', 'Übermittlung in Drittländer', 'USA (EU-US Data Privacy Framework)']) {
      expect(text, part).to.contain(part);
    }
    expect(service?.querySelector('a')?.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    expect(service?.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('opens with the current choice once decided, and withdraws as easily as it was given', async () => {
    const ui = await mount();
    ui.button('accept-all').click();
    await ui.settle();
    ui.einlass.showSettings();
    await ui.settle();
    expect(switchOf(ui, 'marketing').getAttribute('aria-checked')).to.equal('true');
    ui.button('reject-all').click();
    await ui.settle();
    expect(ui.einlass.isGranted('marketing')).to.equal(false);
  });
});

describe('keyboard and focus (R13)', () => {
  afterEach(() => {
    document.getElementById('open-link')?.remove();
    unmountAll();
  });

  it('reaches the banner first with Tab, and decides with the keyboard alone', async () => {
    const ui = await mount(siteConfig, 'en');
    (document.activeElement as HTMLElement | null)?.blur();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused()?.textContent ?? '');
    }
    expect(order).to.deep.equal(['Privacy policy', 'Imprint', 'Accept all', 'Reject all', 'Settings']);
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.dialog('dialog.settings')?.open).to.equal(true);
    // Move to the analytics switch, switch it on with Space, then save with Enter.
    let guard = 0;
    while (focused()?.getAttribute('aria-labelledby') !== 'einlass-category-analytics' && guard++ < 30) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await ui.settle();
    while (focused()?.getAttribute('data-choice') !== 'save' && guard++ < 60) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.einlass.$grants.get().categories).to.deep.equal({ necessary: true, analytics: true, marketing: false, media: false });
  });

  it('keeps focus inside the open dialog', async () => {
    const ui = await mount();
    await openSettings(ui);
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const element = focused();
      if (element && element !== document.body) expect(ui.$('dialog.settings')?.contains(element), element.outerHTML.slice(0, 60)).to.equal(true);
    }
  });

  it('opens from any element marked data-einlass-open, and returns focus there when closed', async () => {
    const ui = await mount();
    ui.button('accept-all').click();
    await ui.settle();
    const link = document.createElement('a');
    link.id = 'open-link';
    link.href = '#';
    link.dataset.einlassOpen = '';
    link.textContent = 'Cookie-Einstellungen';
    document.body.append(link);
    link.focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.dialog('dialog.settings')?.open).to.equal(true);
    expect(location.hash).to.equal('');
    await sendKeys({ press: 'Escape' });
    await ui.settle();
    expect(ui.$('dialog.settings') === null, 'settings dialog gone').to.equal(true);
    expect(document.activeElement === link).to.equal(true);
  });

  it('returns focus to the settings button of the banner when the dialog closes without a choice', async () => {
    const ui = await mount();
    ui.button('settings').focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    await sendKeys({ press: 'Escape' });
    await ui.settle();
    expect(focused()?.getAttribute('data-choice')).to.equal('settings');
  });
});
