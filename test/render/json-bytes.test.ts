import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes, lazyArray } from '../../src/render/json-bytes.js';

const text = (pieces: Iterable<Buffer>) => Buffer.concat([...pieces]).toString('utf8');

describe('jsonBytes: JSON.stringify(doc, null, 2) in UTF-8 pieces', () => {
  it('gives the same text as JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        expect(text(jsonBytes(doc))).toBe(`${JSON.stringify(doc, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    const doc = { a: undefined, b: [1, undefined, 'Xã Đông An'], c: { d: undefined }, e: [], f: {} };
    expect(text(jsonBytes(doc))).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('writes lazy arrays at any depth like the arrays they map (items stringified a chunk at a time)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 600 }), fc.nat(3), fc.boolean(), (items, depth, inArray) => {
        let lazy: unknown = lazyArray(items, (x) => x);
        let eager: unknown = items;
        for (let i = 0; i < depth; i++) {
          lazy = inArray ? [lazy, 1] : { k: lazy, n: 'Đ' };
          eager = inArray ? [eager, 1] : { k: eager, n: 'Đ' };
        }
        expect(text(jsonBytes(lazy))).toBe(`${JSON.stringify(eager, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a lazy array like the array it maps, item by item, across many pieces', () => {
    const units = Array.from({ length: 20_000 }, (_, i) => ({ name: `Xã Đông An ${i}`, values: { so_buoi: { value: i, raw: String(i) } } }));
    const made: number[] = [];
    const doc = {
      generator: 'cnscd',
      units: lazyArray(units, (u, i) => {
        made.push(i);
        return { ...u, file: `xa-${i}.csv` };
      }),
      none: lazyArray([], (x) => x),
    };
    const iterator = jsonBytes(doc);
    const first = iterator.next();
    // The first megabyte is handed over before most units are even mapped: the whole never sits in memory.
    expect(first.done).toBe(false);
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(units.length / 2);
    const pieces = [first.value as Buffer, ...iterator];
    expect(pieces.length).toBeGreaterThan(1);
    expect(made).toHaveLength(units.length);
    const eager = { generator: 'cnscd', units: units.map((u, i) => ({ ...u, file: `xa-${i}.csv` })), none: [] };
    expect(text(pieces)).toBe(`${JSON.stringify(eager, null, 2)}\n`);
  });
});
