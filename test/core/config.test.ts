import { expect } from '@esm-bundle/chai';
import { ConfigError, resolveConfig } from '../../src/core/config-check';
import { grantAll } from '../../src/core/grants';
import { decodeRecord, encodeRecord } from '../../src/core/record';
import { siteConfig } from '../helpers/config';

function problemsOf(input: unknown): string[] {
  try {
    resolveConfig(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as ConfigError).problems.map((p) => `${p.field}: expected ${p.expected}${p.got === undefined ? "" : `, got ${p.got}`}`);
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfig', () => {
  it('fills in defaults: six-month cookie, revision 0, GPC honoured', () => {
    const config = resolveConfig({ categories: [{ name: 'analytics', title: 'Statistik' }] });
    expect(config.cookie).to.deep.equal({ name: 'einlass', domain: undefined, lifetimeDays: 182 });
    expect(config.revision).to.equal(0);
    expect(config.gpc).to.equal(true);
  });

  it('adds the necessary category when the config has none, and only it is required', () => {
    const config = resolveConfig({ categories: [{ name: 'analytics', title: 'Statistik' }] });
    expect(config.categories.map((c) => [c.name, c.required])).to.deep.equal([
      ['necessary', true],
      ['analytics', false],
    ]);
  });

  it('lists the services of each category, and defaults their legal basis to consent', () => {
    const config = resolveConfig(siteConfig);
    expect(config.categories.find((c) => c.name === 'analytics')?.services).to.deep.equal(['matomo', 'google-analytics']);
    expect(config.services.every((s) => s.legalBasis === 'consent')).to.equal(true);
  });

  it('freezes the result', () => {
    const config = resolveConfig(siteConfig);
    expect(Object.isFrozen(config)).to.equal(true);
    expect(Object.isFrozen(config.services[0])).to.equal(true);
  });

  it('names the field and what was expected', () => {
    expect(problemsOf({ categories: [{ name: 'analytics', title: 'x' }], revision: -1 })).to.deep.equal([
      'revision: expected a whole number from 0 to 2147483647, got -1',
    ]);
    expect(problemsOf({ categories: [{ name: 'ana lytics', title: 'x' }] })).to.deep.equal([
      'categories[0].name: expected a name of 1–40 letters, digits, "-" or "_", got "ana lytics"',
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsOf({
      categories: [{ name: 'analytics' }],
      services: [{ name: 'ga', category: 'statistics' }],
      cookie: { lifetimeDays: 1000 },
    });
    expect(problems).to.have.length(3);
    expect(problems[0]).to.match(/^categories\[0\]\.title: /);
    expect(problems[1]).to.match(/^services\[0\]\.category: expected one of the categories \(necessary, analytics\)/);
    expect(problems[2]).to.match(/^cookie\.lifetimeDays: expected a whole number from 1 to 400/);
  });

  it('catches misspelt keys', () => {
    expect(problemsOf({ categories: [], catgories: [] })[0]).to.match(/^catgories: expected one of the known keys/);
  });

  it('rejects a config that is not an object', () => {
    expect(problemsOf('{"categories": []}')).to.deep.equal(['config: expected an object, got "{\\"categories\\": []}"']);
    expect(problemsOf(null)).to.have.length(1);
  });

  it('rejects legitimate interest as a basis for non-essential services (R10)', () => {
    const problems = problemsOf({
      categories: [{ name: 'analytics', title: 'x' }],
      services: [{ name: 'ga', category: 'analytics', legalBasis: 'legitimate-interest' }],
    });
    expect(problems[0]).to.match(/^services\[0\]\.legalBasis: expected "consent"/);
    expect(problemsOf({
      categories: [{ name: 'analytics', title: 'x' }],
      services: [{ name: 'ga', category: 'analytics', legalBasis: 'necessary' }],
    })[0]).to.match(/^services\[0\]\.legalBasis: expected "consent" outside the necessary category/);
  });

  it('accepts only http(s) and relative addresses for links', () => {
    for (const ok of ['https://example.com/privacy', '/datenschutz', 'datenschutz.html', '//example.com/p', '?page=privacy']) {
      expect(resolveConfig({ categories: [], privacyPolicy: ok }).privacyPolicy).to.equal(ok);
    }
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'java\tscript:alert(1)', ' javascript:x', 'vbscript:x']) {
      expect(problemsOf({ categories: [], privacyPolicy: bad })[0]).to.match(/^privacyPolicy: expected an http\(s\) or relative address/);
    }
  });

  it('refuses duplicate names, including a service named like a category', () => {
    expect(problemsOf({ categories: [{ name: 'a', title: 'A' }, { name: 'a', title: 'B' }] })[0]).to.match(/^categories\[1\]\.name: expected a name not used before/);
    expect(problemsOf({ categories: [{ name: 'a', title: 'A' }], services: [{ name: 'a', category: 'a' }] })[0]).to.match(/^services\[0\]\.name/);
  });

  it('checks cookie patterns, domains and texts by language', () => {
    const problems = problemsOf({
      categories: [{ name: 'a', title: { deutsch: 'x' } }],
      services: [{ name: 's', category: 'a', cookies: [{ name: '^_ga(', duration: '1y' }] }],
      cookie: { domain: 'exa mple.com', name: 'a;b' },
    });
    expect(problems.map((p) => p.split(':')[0])).to.have.members([
      'categories[0].title.deutsch',
      'services[0].cookies[0].name',
      'cookie.domain',
      'cookie.name',
    ]);
  });

  it('accepts every nonce CSP accepts, even a short one, and names the rule for one it does not', () => {
    for (const nonce of ['XYZ', 'r4nd0m+/_-', 'abc==']) expect(resolveConfig({ ...siteConfig, nonce }).nonce, nonce).to.equal(nonce);
    expect(problemsOf({ ...siteConfig, nonce: 'a=b' })).to.deep.equal([
      'nonce: expected a CSP nonce as CSP reads one: 1–200 letters, digits, "+", "/", "-" or "_", ending in at most two "=", got "a=b"',
    ]);
  });

  it('takes as many categories and services as its cookie can carry, and says where that ends', () => {
    const withServices = (count: number) => ({
      categories: [{ name: 'analytics', title: 'Statistik' }],
      services: Array.from({ length: count }, (_, i) => ({ name: `s${String(i)}`, category: 'analytics' })),
    });
    // necessary + analytics + 1,698 services: the most there can be.
    const largest = resolveConfig(withServices(1698));
    const record = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', created: 1.8e12, updated: 1.8e12, revision: 0, action: 'custom' as const, ...grantAll(largest) };
    expect(decodeRecord(encodeRecord(record, largest), largest, 1.8e12), 'its decision reads back').to.deep.equal(record);
    expect(problemsOf(withServices(1699))).to.deep.equal(['services: expected at most 1700 categories and services together (the consent cookie holds one bit for each), got 1701']);
  });

  it('refuses a cookie.domain for a __Host- cookie name, which the browser keeps host-only', () => {
    expect(resolveConfig({ ...siteConfig, cookie: { name: '__Host-einlass' } }).cookie.name).to.equal('__Host-einlass');
    expect(problemsOf({ ...siteConfig, cookie: { name: '__Host-einlass', domain: 'example.com' } })).to.deep.equal([
      'cookie.domain: expected no cookie.domain with a __Host- cookie.name, which the browser keeps host-only, got "example.com"',
    ]);
  });
});
