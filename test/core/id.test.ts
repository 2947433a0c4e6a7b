import { expect } from '@esm-bundle/chai';
import { randomId } from '../../src/core/id';

describe('randomId', () => {
  it('makes version-4 UUIDs that do not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, randomId));
    expect(ids.size).to.equal(1000);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
