import { expect } from '@esm-bundle/chai';
import { resolveConfig } from '../../src/core/config-check';
import { createConsentState } from '../../src/core/consent';
import { decodeRecord, encodeRecord } from '../../src/core/record';
import type { ConsentRecord } from '../../src/types';
import { forge } from '../helpers/checksum';
import { manyServices, siteConfig } from '../helpers/config';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 10, 21, 9, 30, 0);
const config = resolveConfig(siteConfig);

function recordFor(choice: (state: ReturnType<typeof createConsentState>) => ConsentRecord, at = T0, cfg = config) {
  return choice(createConsentState(cfg, { now: () => at, newId: () => '0f8fad5b-d9cb-469f-a165-70867728950e' }));
}

describe('consent record', () => {
  it('reads back exactly what it wrote', () => {
    const record = recordFor((s) => s.save({ categories: { analytics: true }, services: { youtube: true } }));
    expect(decodeRecord(encodeRecord(record, config), config, T0 + DAY)).to.deep.equal(record);
  });

  it('keeps the id, the first time, the last change, the revision and the action', () => {
    const record = recordFor((s) => s.acceptAll());
    const decoded = decodeRecord(encodeRecord(record, config), config, T0);
    expect(decoded?.id).to.equal('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect([decoded?.created, decoded?.updated, decoded?.revision, decoded?.action]).to.deep.equal([T0, T0, 1, 'accept-all']);
  });

  it('stays under 400 bytes with 20 services', () => {
    const cfg = resolveConfig(manyServices(20));
    const record = recordFor((s) => s.save({ categories: { marketing: true } }), T0, cfg);
    const value = encodeRecord(record, cfg);
    expect(`einlass=${encodeURIComponent(value)}`.length).to.be.below(400);
    expect(decodeRecord(value, cfg, T0)?.services['service-with-a-long-name-1']).to.equal(true);
  });

  it('is no decision once the revision is bumped', () => {
    const value = encodeRecord(recordFor((s) => s.acceptAll()), config);
    const bumped = resolveConfig({ ...siteConfig, revision: 2 });
    expect(decodeRecord(value, bumped, T0)).to.equal(null);
  });

  it('is no decision once its lifetime is over', () => {
    const value = encodeRecord(recordFor((s) => s.acceptAll()), config);
    expect(decodeRecord(value, config, T0 + 182 * DAY)).to.not.equal(null);
    expect(decodeRecord(value, config, T0 + 183 * DAY)).to.equal(null);
    const short = resolveConfig({ ...siteConfig, cookie: { lifetimeDays: 30 } });
    expect(decodeRecord(value, short, T0 + 31 * DAY)).to.equal(null);
  });

  it('is no decision when it comes from the future', () => {
    const value = encodeRecord(recordFor((s) => s.acceptAll(), T0 + 30 * DAY), config);
    expect(decodeRecord(value, config, T0)).to.equal(null);
  });

  it('is no decision when the services changed, so no grant moves to a service the visitor never saw', () => {
    const value = encodeRecord(recordFor((s) => s.save({ services: { matomo: true } })), config);
    const reordered = resolveConfig({ ...siteConfig, services: [...(siteConfig.services ?? [])].reverse() });
    const extended = resolveConfig({ ...siteConfig, services: [...(siteConfig.services ?? []), { name: 'hotjar', category: 'analytics' }] });
    expect(decodeRecord(value, reordered, T0)).to.equal(null);
    expect(decodeRecord(value, extended, T0)).to.equal(null);
  });

  it('is no decision for an edited value, even with a recomputed checksum', () => {
    const value = encodeRecord(recordFor((s) => s.rejectAll()), config);
    // Grant every service while claiming "reject-all", first with the old checksum, then with a forged one.
    const parts = value.split('.');
    parts[7] = 'f';
    expect(decodeRecord(parts.join('.'), config, T0)).to.equal(null);
    expect(decodeRecord(forge(value, 7, 'f'), config, T0)).to.equal(null);
    // A custom choice that grants a service but not the category it fills completely is not in normal form.
    const custom = encodeRecord(recordFor((s) => s.save({ services: { youtube: true } })), config);
    expect(decodeRecord(custom, config, T0)?.categories.media).to.equal(true);
    expect(decodeRecord(forge(custom, 6, '1'), config, T0)).to.equal(null);
    expect(decodeRecord(value.toUpperCase(), config, T0)).to.equal(null);
    expect(decodeRecord(value.slice(0, -1), config, T0)).to.equal(null);
    expect(decodeRecord(`${value} `, config, T0)).to.equal(null);
  });

  it('is no decision for foreign and hostile values', () => {
    for (const value of [undefined, null, 42, {}, '', 'true', 'allow', 'deny', '{"analytics":true}', 'a'.repeat(5000), '1.x.x.x.x.x.x.x.x.x']) {
      expect(decodeRecord(value, config, T0)).to.equal(null);
    }
  });
});
