import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { sitePage } from '../helpers/site';

interface Seen {
  decided: boolean;
  analytics: boolean;
  cookies: string;
}

/** In the page on localhost: waits for window.Einlass, runs `step` and reports what the page applies. */
const inPage = (step = '') => executeServerCommand<Seen, { script: string }>('page-eval', {
  script: `(async () => {
    while (!window.Einlass) await new Promise((resolve) => setTimeout(resolve, 10));
    ${step}
    return { decided: window.Einlass.$decided.get(), analytics: window.Einlass.isGranted('analytics'), cookies: document.cookie };
  })()`,
});

/**
 * A sibling host's (or a deeper path's) forgery of an accept-all for this page: the visitor's own
 * accept-all, made later than their refusal, checksum recomputed (it is over public data), written
 * with `attributes`. What a page of shop.example.com can do to www.example.com's consent cookie.
 */
const toss = (name: string, attributes: string) => `
  const read = () => document.cookie.split('; ').filter((c) => c.startsWith('${name}=')).map((c) => c.slice(${String(name.length + 1)}));
  const refused = read()[0];
  await window.Einlass.acceptAll();
  const parts = read()[0].split('.');
  document.cookie = '${name}=' + refused + '; path=/; Secure';
  parts[3] = (parseInt(refused.split('.')[3], 36) + 60).toString(36);
  const body = parts.slice(0, -1).join('.');
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
  document.cookie = '${name}=' + body + '.' + (h >>> 0).toString(36) + '; ${attributes}';`;

describe('cookie tossing and the __Host- consent cookie (on localhost, a secure context)', () => {
  afterEach(async () => {
    await executeServerCommand('page-eval', { script: "document.cookie.split('; ').forEach((c) => { const n = c.split('=')[0]; document.cookie = n + '=; max-age=0; path=/; Secure'; document.cookie = n + '=; max-age=0; path=/test/fixtures'; }); true" });
    await executeServerCommand('page-close');
  });

  it('keeps a refusal under a __Host- name, which a forgery for a deeper path or with a Domain cannot override', async () => {
    await executeServerCommand('page-open', { path: sitePage({ cookieName: '__Host-einlass' }) });
    const refused = await inPage('await window.Einlass.rejectAll();');
    expect(refused.cookies, 'stored, Secure as the prefix demands').to.match(/__Host-einlass=1\./);
    await inPage(toss('__Host-einlass', 'path=/test/fixtures; Secure'));
    await inPage(toss('__Host-einlass', 'path=/; domain=localhost; Secure'));
    await executeServerCommand('page-reload');
    expect(await inPage(), 'the next page view').to.deep.include({ decided: true, analytics: false });
  });

  it('is overridden by that forgery on a deeper path under a plain name: the threat the README names', async () => {
    await executeServerCommand('page-open', { path: sitePage() });
    await inPage('await window.Einlass.rejectAll();');
    await inPage(toss('einlass', 'path=/test/fixtures'));
    await executeServerCommand('page-reload');
    expect(await inPage(), 'the next page view').to.deep.include({ decided: true, analytics: true });
  });

  it('is overridden by a forgery with a Domain under a plain name, as a sibling host would write it', async () => {
    await executeServerCommand('page-open', { path: sitePage() });
    await inPage('await window.Einlass.rejectAll();');
    await inPage(toss('einlass', 'path=/; domain=localhost'));
    await executeServerCommand('page-reload');
    expect(await inPage(), 'the next page view').to.deep.include({ decided: true, analytics: true });
  });
});
