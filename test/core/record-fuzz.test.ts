import { expect } from '@esm-bundle/chai';
import { resolveConfig } from '../../src/core/config-check';
import { createConsentState } from '../../src/core/consent';
import { applySelection, grantAll, grantNone } from '../../src/core/grants';
import { decodeRecord, encodeRecord } from '../../src/core/record';
import { createConsent } from '../../src/create';
import type { ConsentRecord } from '../../src/types';
import { forge } from '../helpers/checksum';
import { siteConfig } from '../helpers/config';
import { clearCookies } from '../helpers/cookies';
import { drawer, seeded } from '../helpers/random';

const T0 = Date.UTC(2026, 10, 21, 9, 30, 0);
const config = resolveConfig(siteConfig);
const ALPHABET = Array.from('0123456789abcdefABCDEF.-_=%;, "\\{}[]:ütrue\u0000\u00ff').concat('\ud83c');
const FORGERY = Array.from('0123456789abcdefgr');

/** Valid records of every action, the seeds that mutations start from. */
function seeds(): { value: string; record: ConsentRecord }[] {
  let n = 0;
  const state = createConsentState(config, { now: () => T0 + (n += 1000), newId: () => '0f8fad5b-d9cb-469f-a165-70867728950e' });
  return [
    state.acceptAll(),
    state.rejectAll(),
    state.save({ categories: { analytics: true } }),
    state.save({ services: { youtube: true, matomo: false } }),
  ].map((record) => ({ record, value: encodeRecord(record, config) }));
}

function mutate(value: string, random: () => number, allowForgery = true): { value: string; forged: boolean } {
  const { int, pick } = drawer(random);
  const at = int(value.length + 1);
  const parts = value.split('.');
  switch (int(allowForgery ? 9 : 7)) {
    case 0: return { value: value.slice(0, at) + pick(ALPHABET) + value.slice(at + 1), forged: false };
    case 1: return { value: value.slice(0, at) + value.slice(at + 1 + int(4)), forged: false };
    case 2: return { value: value.slice(0, at) + pick(ALPHABET) + value.slice(at), forged: false };
    case 3: return { value: value.slice(0, at), forged: false };
    case 4: return { value: value.slice(0, at) + value.charAt(at).toUpperCase() + value.slice(at + 1), forged: false };
    case 5: return { value: [...parts].sort(() => random() - 0.5).join('.'), forged: false };
    case 6: return { value: value + value.slice(0, int(40)), forged: false };
    default: {
      // Tampering that recomputes the checksum: only the record's own consistency rules stand in the way.
      const index = int(parts.length - 1);
      const part = parts[index] ?? '';
      const edited = part.slice(0, at % (part.length + 1)) + pick(FORGERY) + part.slice((at % (part.length + 1)) + 1);
      return { value: forge(value, index, edited), forged: true };
    }
  }
}

function randomValue(random: () => number): string {
  const { int, pick } = drawer(random);
  return Array.from({ length: int(int(2) ? 120 : 700) }, () => pick(ALPHABET)).join('');
}

/** A record that passes must be self-consistent, and a record nobody forged must be the one we wrote. */
function checkDecoded(decoded: ConsentRecord | null, input: string, origin?: { value: string; record: ConsentRecord }, forged = false): void {
  if (decoded === null) return;
  if (forged) {
    const normal = { 'accept-all': grantAll(config), 'reject-all': grantNone(config), gpc: grantNone(config), custom: applySelection(config, decoded, {}) };
    const { categories, services } = normal[decoded.action];
    expect({ categories: decoded.categories, services: decoded.services }, input).to.deep.equal({ categories, services });
    return;
  }
  expect(input, 'only an untouched record may decode').to.equal(origin?.value);
  expect(decoded).to.deep.equal(origin?.record);
}

describe('consent cookie under fuzzing', () => {
  it('reads 10,000 random and mutated values as "no decision" unless they are a record we wrote', () => {
    const random = seeded(20261121);
    const valid = seeds();
    const tried = { random: 0, mutated: 0, forged: 0, forgedAccepted: 0 };
    for (let i = 0; i < 10_000; i++) {
      const origin = i % 3 === 0 ? undefined : valid[i % valid.length];
      const { value, forged } = origin ? mutate(origin.value, random) : { value: randomValue(random), forged: false };
      tried[origin ? (forged ? 'forged' : 'mutated') : 'random']++;
      const decoded = decodeRecord(value, config, T0 + 60_000);
      if (decoded && forged) tried.forgedAccepted++;
      checkDecoded(decoded, value, value === origin?.value ? origin : undefined, forged);
    }
    // Every kind of input was exercised; forged checksums pass only where they produce a consistent record.
    expect(tried.random).to.be.above(3000);
    expect(tried.mutated).to.be.above(4000);
    expect(tried.forged).to.be.above(1000);
    expect(tried.forgedAccepted).to.be.below(tried.forged);
  });

  it('starts undecided from 300 hostile cookies, through the real cookie jar', () => {
    const random = seeded(7);
    const valid = seeds();
    for (let i = 0; i < 300; i++) {
      clearCookies();
      const origin = valid[i % valid.length];
      const value = i % 2 === 0 || !origin ? randomValue(random) : mutate(origin.value, random, false).value;
      if (value === origin?.value) continue;
      document.cookie = `einlass=${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?')).slice(0, 3500)}; path=/`;
      const einlass = createConsent(siteConfig, { now: () => T0 + 60_000 });
      expect(einlass.$decided.get(), value).to.equal(false);
      expect(Object.values(einlass.$grants.get().services), value).to.deep.equal([false, false, false, false]);
      einlass.destroy();
    }
    clearCookies();
  });
});
