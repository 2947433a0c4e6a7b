import { expect } from '@esm-bundle/chai';
import { resolveConfig } from '../../src/core/config-check';
import { createConsentState } from '../../src/core/consent';
import { siteConfig } from '../helpers/config';

const T0 = Date.UTC(2026, 10, 21, 9, 30, 0);

function setup() {
  let now = T0;
  let ids = 0;
  const state = createConsentState(resolveConfig(siteConfig), { now: () => now, newId: () => `id-${String(++ids)}` });
  return { state, later: (ms: number) => (now += ms) };
}

describe('consent state', () => {
  it('starts undecided, with only the necessary granted (no pre-ticked boxes)', () => {
    const { state } = setup();
    expect(state.$decided.get()).to.equal(false);
    expect(state.$grants.get().categories).to.deep.equal({ necessary: true, analytics: false, marketing: false, media: false });
    expect(Object.values(state.$grants.get().services)).to.deep.equal([false, false, false, false]);
  });

  it('accepts all', () => {
    const { state } = setup();
    const record = state.acceptAll();
    expect(record.action).to.equal('accept-all');
    expect(Object.values(state.$grants.get().categories).every(Boolean)).to.equal(true);
    expect(Object.values(state.$grants.get().services).every(Boolean)).to.equal(true);
  });

  it('rejects all but the necessary', () => {
    const { state } = setup();
    state.acceptAll();
    state.rejectAll();
    expect(state.$record.get()?.action).to.equal('reject-all');
    expect(state.$grants.get().categories).to.deep.equal({ necessary: true, analytics: false, marketing: false, media: false });
  });

  it('saves a selection by category: a category switches all its services', () => {
    const { state } = setup();
    state.save({ categories: { analytics: true } });
    expect(state.$grants.get().services).to.deep.equal({ matomo: true, 'google-analytics': true, 'google-ads': false, youtube: false });
    expect(state.$record.get()?.action).to.equal('custom');
  });

  it('saves a selection by service: the category counts as granted only when all its services are', () => {
    const { state } = setup();
    state.save({ services: { matomo: true } });
    expect(state.$grants.get().categories.analytics).to.equal(false);
    expect(state.$grants.get().services.matomo).to.equal(true);
    state.save({ services: { 'google-analytics': true } });
    expect(state.$grants.get().categories.analytics).to.equal(true);
  });

  it('lets a service entry override its category in the same selection', () => {
    const { state } = setup();
    state.save({ categories: { analytics: true }, services: { 'google-analytics': false } });
    expect(state.$grants.get().services.matomo).to.equal(true);
    expect(state.$grants.get().services['google-analytics']).to.equal(false);
  });

  it('keeps earlier choices that a later selection does not mention', () => {
    const { state } = setup();
    state.save({ categories: { analytics: true } });
    state.save({ services: { youtube: true } });
    expect(state.$grants.get().categories).to.deep.equal({ necessary: true, analytics: true, marketing: false, media: true });
  });

  it('never switches off the necessary category', () => {
    const { state } = setup();
    state.save({ categories: { necessary: false } });
    expect(state.$grants.get().categories.necessary).to.equal(true);
  });

  it('refuses unknown names and non-boolean values', () => {
    const { state } = setup();
    expect(() => state.save({ categories: { statistics: true } })).to.throw(/unknown category "statistics"/);
    expect(() => state.save({ services: { hotjar: true } })).to.throw(/unknown service "hotjar"/);
    expect(() => state.save({ categories: { analytics: 'yes' as unknown as boolean } })).to.throw(/must be true or false/);
    expect(state.$decided.get()).to.equal(false);
  });

  it('keeps the consent id and first time across changes, and moves the last-changed time', () => {
    const { state, later } = setup();
    const first = state.acceptAll();
    later(5000);
    const second = state.rejectAll();
    expect([second.id, second.created, second.updated]).to.deep.equal([first.id, T0, T0 + 5000]);
  });

  it('starts a new consent id after a reset', () => {
    const { state } = setup();
    const first = state.acceptAll();
    state.reset();
    expect(state.$decided.get()).to.equal(false);
    expect(state.$grants.get().services.matomo).to.equal(false);
    expect(state.rejectAll().id).to.not.equal(first.id);
  });

  it('records a refusal on the visitor\'s behalf as "gpc"', () => {
    const { state } = setup();
    expect(state.refuseByGpc().action).to.equal('gpc');
    expect(state.$grants.get().categories.analytics).to.equal(false);
  });

  it('tells subscribers about every change', () => {
    const { state } = setup();
    const seen: (string | undefined)[] = [];
    const stop = state.$record.listen((record) => seen.push(record?.action));
    state.acceptAll();
    state.save({ categories: { marketing: false } });
    state.reset();
    stop();
    expect(seen).to.deep.equal(['accept-all', 'custom', undefined]);
  });
});
