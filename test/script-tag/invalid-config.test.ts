import { expect } from '@esm-bundle/chai';
import { until, useFixtureFrames } from '../helpers/frames';
import { settle, visit, type SiteSettings } from '../helpers/site';

const CASES: { settings: SiteSettings; field: string }[] = [
  { settings: { legalBasis: 'legitimate-interest' }, field: 'services[0].legalBasis' },
  { settings: { privacyPolicy: 'javascript:alert(1)' }, field: 'privacyPolicy' },
];

describe('an invalid config on a repeat visit', () => {
  useFixtureFrames();

  for (const { settings, field } of CASES) {
    const [[key, value] = []] = Object.entries(settings);
    it(`reports ${key ?? ''} ${JSON.stringify(value)} by its field and grants nothing, though an accept-all is stored`, async () => {
      // The decision was made while the config was valid.
      const first = await visit();
      await first.win.Einlass?.acceptAll();
      expect(first.win.Einlass?.isGranted('analytics'), 'accepted while the config was valid').to.equal(true);
      first.leave();

      const { win } = await visit(settings);
      await until(() => (win.errors?.length ?? 0) > 0, 3000).catch(() => undefined);
      await settle();
      expect({
        reported: win.errors?.some((error) => error.includes(field)) ?? false,
        analyticsGranted: win.Einlass?.isGranted('analytics') ?? false,
        matomoGranted: win.Einlass?.isServiceGranted('matomo') ?? false,
        analyticsRan: win.analyticsRan === true,
        pageWorks: win.pageScriptRan === true && win.document.getElementById('page')?.textContent === 'The page works.',
      }, `errors: ${JSON.stringify(win.errors)}`).to.deep.equal({ reported: true, analyticsGranted: false, matomoGranted: false, analyticsRan: false, pageWorks: true });
    });
  }
});
