import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRef } from '../../src/read/cells.js';
import { cellRef } from '../../src/model/origin.js';

/** The rule parseRef follows, as a regular expression: the reference its character loop is held to. */
function byRegex(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) return { row: 0, column: 0 };
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

describe('cell references', () => {
  it('reads references as the regular expression does, and knows when one is written as cellRef writes it', () => {
    // Characters a reference is made of, and those around and inside the ones that are not.
    const piece = fc.constantFrom('A', 'Z', 'e', 'x', '$', '0', '1', '9', '12', ' ', '\t', '\u00a0', '\u3000', '\ufeff', 'ſ', 'K', '.', ':', '-', '١');
    const refs = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
      fc.tuple(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 1048576 })).map(([c, r]) => cellRef(r, c)),
    );
    let canonical = 0;
    fc.assert(
      fc.property(refs, (ref) => {
        const got = parseRef(ref);
        expect({ row: got.row, column: got.column }).toEqual(byRegex(ref));
        expect(got.canonical).toBe(got.row > 0 && got.column > 0 && cellRef(got.row, got.column) === ref);
        if (got.canonical) canonical++;
      }),
      { numRuns: 5000 },
    );
    // Both kinds were met often enough for the comparison to mean something.
    expect(canonical).toBeGreaterThan(1000);
  });

  it('reads the usual forms', () => {
    expect(parseRef('E12')).toEqual({ row: 12, column: 5, canonical: true });
    expect(parseRef(' $aa$01 ')).toEqual({ row: 1, column: 27, canonical: false });
    expect(parseRef('XFD1048576')).toEqual({ row: 1048576, column: 16384, canonical: true });
    expect(parseRef('12')).toEqual({ row: 0, column: 0, canonical: false });
    expect(parseRef('A1:B2')).toEqual({ row: 0, column: 0, canonical: false });
  });
});
