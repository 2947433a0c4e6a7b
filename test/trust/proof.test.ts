import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { createConsent } from '../../src/create';
import type { Einlass } from '../../src/types';
import { siteConfig } from '../helpers/config';
import { clearCookies } from '../helpers/cookies';
import { until } from '../helpers/frames';

interface Logged {
  consentId: string;
  timestamp: string;
  revision: number;
  action: string;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  path: string;
  receivedAt: string;
}

const readLog = async () => (await executeServerCommand<Logged[] | undefined, undefined>('consent-log-read')) ?? [];
const pending = () => JSON.parse(localStorage.getItem('einlass:pending-proofs') ?? '[]') as unknown[];
const running: Einlass[] = [];
const start = (consentLog: string) => {
  const einlass = createConsent({ ...siteConfig, consentLog }, { gate: false });
  running.push(einlass);
  return einlass;
};

describe('consent proof', () => {
  beforeEach(async () => {
    clearCookies();
    localStorage.clear();
    await executeServerCommand('consent-log-clear');
  });
  afterEach(() => {
    running.splice(0).forEach((e) => { e.destroy(); });
    clearCookies();
    localStorage.clear();
  });

  it('sends each decision to the receiver as a small JSON record', async () => {
    const einlass = start('/consent-log');
    const first = einlass.acceptAll();
    await until(() => pending().length === 0);
    const second = einlass.save({ categories: { marketing: false } });
    await until(() => pending().length === 0);
    const log = await readLog();
    expect(log.map(({ receivedAt, ...rest }) => (receivedAt ? rest : undefined))).to.deep.equal([
      { consentId: first.id, timestamp: new Date(first.updated).toISOString(), revision: 1, action: 'accept-all', categories: first.categories, services: first.services, path: location.pathname },
      { consentId: second.id, timestamp: new Date(second.updated).toISOString(), revision: 1, action: 'custom', categories: second.categories, services: second.services, path: location.pathname },
    ]);
    expect(location.search).to.not.equal('');
    expect(log.every((r) => !r.path.includes('?'))).to.equal(true);
  });

  it('keeps every proof while the endpoint is down for 25 decisions, and delivers all of them later', async () => {
    let clock = Date.parse('2026-12-02T10:00:00Z');
    const einlass = createConsent({ ...siteConfig, consentLog: '/consent-log-down' }, { gate: false, now: () => (clock += 1000) });
    running.push(einlass);
    for (let i = 0; i < 25; i++) {
      if (i % 2 === 0) einlass.acceptAll();
      else einlass.rejectAll();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pending()).to.have.length(25);
    start('/consent-log');
    await until(() => pending().length === 0, 5000);
    expect(await readLog()).to.have.length(25);
  });

  it('keeps a record the endpoint did not take, and delivers it once on the next page view', async () => {
    const record = start('/consent-log-down').rejectAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pending()).to.have.length(1);
    expect(await readLog()).to.deep.equal([]);

    start('/consent-log');
    await until(() => pending().length === 0);
    start('/consent-log');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const log = await readLog();
    expect(log.map((r) => [r.consentId, r.timestamp, r.action])).to.deep.equal([[record.id, new Date(record.updated).toISOString(), 'reject-all']]);
  });

  it('sends a proof the address refuses (4xx) again on a few page views, for a 404 during a deploy, then drops it with an error', async () => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const { error, warn } = console;
    console.error = (message: string) => { errors.push(message); };
    console.warn = (message: string) => { warnings.push(message); };
    try {
      start('/consent-log-refuses').acceptAll();
      await until(() => warnings.length === 1);
      expect(pending(), 'kept after the first refusal').to.have.length(1);
      start('/consent-log-refuses');
      await until(() => warnings.length === 2);
      expect(pending(), 'and after the second').to.have.length(1);
      start('/consent-log-refuses');
      await until(() => errors.length > 0);
    } finally {
      console.error = error;
      console.warn = warn;
    }
    expect(pending(), 'nothing waits to be sent again').to.deep.equal([]);
    expect(errors[0]).to.include('/consent-log-refuses refused a proof with 405 on 3 page views');
  });

  it('delivers a proof refused once when the address takes it on a later page view', async () => {
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (message: string) => { warnings.push(message); };
    try {
      start('/consent-log-refuses').acceptAll();
      await until(() => warnings.length === 1);
    } finally {
      console.warn = warn;
    }
    start('/consent-log');
    await until(() => pending().length === 0);
    expect(await readLog()).to.have.length(1);
  });

  it('is stored once by the receiver, however often it arrives', async () => {
    const record = start('/consent-log').acceptAll();
    await until(() => pending().length === 0);
    const body = JSON.stringify({ consentId: record.id, timestamp: new Date(record.updated).toISOString(), revision: 1, action: 'accept-all', categories: record.categories, services: record.services, path: '/' });
    const again = await fetch('/consent-log', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect([again.status, await again.json()]).to.deep.equal([200, { stored: false, duplicate: true }]);
    expect(await readLog()).to.have.length(1);
  });

  it('is refused by the receiver when it is not a consent record', async () => {
    for (const body of ['{', '{"consentId":"x"}', JSON.stringify({ consentId: '0f8fad5b-d9cb-469f-a165-70867728950e', timestamp: 'yesterday', revision: 1, action: 'accept-all', categories: {}, services: {}, path: '/' })]) {
      const response = await fetch('/consent-log', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status, body).to.equal(400);
    }
    expect(await readLog()).to.deep.equal([]);
  });
});
