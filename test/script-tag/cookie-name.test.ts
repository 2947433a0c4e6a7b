import { expect } from '@esm-bundle/chai';
import { readCookie } from '../helpers/cookies';
import { until, useFixtureFrames } from '../helpers/frames';
import { bannerShown, clickInBanner, settle, visit } from '../helpers/site';

// Names the config validator accepts (letters, digits and !#$&'*+.^_`|~-) that every plain object also has.
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

describe('a cookie.name that every object has as a property', () => {
  useFixtureFrames();

  for (const name of NAMES) {
    it(`keeps a decision stored under cookie.name "${name}" where the interface part reads it`, async () => {
      const first = await visit({ cookieName: name });
      // The banner shows: the config, with this name, is valid.
      await clickInBanner(first.win.document, 'accept-all');
      await until(() => readCookie(name, first.win.document) !== undefined);
      expect(first.win.errors, 'errors on the first page view').to.deep.equal([]);
      first.leave();

      // The privacy-policy page: its cookie declaration brings in the interface part, which reads the cookie itself.
      const policy = await visit({ cookieName: name, declaration: true });
      const doc = policy.win.document;
      const handle = policy.win.Einlass;
      await until(() => policy.win.document !== doc || doc.querySelectorAll('#declaration tbody tr').length > 0, 3000);
      await settle();
      // A page that reloaded itself has a new document; what that page view showed is in the first one.
      const reloaded = policy.win.document !== doc;
      const einlass = reloaded ? handle : policy.win.Einlass;
      expect({
        decided: einlass?.$decided.get() ?? false,
        analyticsGranted: einlass?.isGranted('analytics') ?? false,
        banner: bannerShown(doc),
        reloaded,
      }, 'the privacy-policy page view').to.deep.equal({ decided: true, analyticsGranted: true, banner: false, reloaded: false });
    });
  }
});
