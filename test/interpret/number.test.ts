import { describe, expect, it } from 'vitest';
import { parseCount, readNumericCell } from '../../src/interpret/number.js';

describe('Vietnamese counts', () => {
  it.each([
    ['56.733', 56733],
    ['1.038', 1038],
    ['56 733', 56733],
    ['56\u00a0733', 56733],
    ['56,733', 56733],
    ['52779', 52779],
    ['1.234.567', 1234567],
    ['0', 0],
    ['+15', 15],
    [' 23 ', 23],
  ])('%j is %d', (text, value) => {
    expect(parseCount(text)).toEqual({ kind: 'integer', value });
  });

  it.each([
    ['12,5', 12.5],
    ['1.5', 1.5],
    ['1.234,5', 1234.5],
  ])('%j is a decimal, not a count', (text, value) => {
    expect(parseCount(text)).toEqual({ kind: 'decimal', value });
  });

  it('reads negatives, written with a minus sign or in parentheses', () => {
    expect(parseCount('-5')).toEqual({ kind: 'negative', value: -5 });
    expect(parseCount('−1.200')).toEqual({ kind: 'negative', value: -1200 });
    expect(parseCount('(5)')).toEqual({ kind: 'negative', value: -5 });
  });

  it('treats dashes as nothing reported, and words, percents and dates as text', () => {
    for (const t of ['', '  ', '-', '–', '—']) expect(parseCount(t), t).toEqual({ kind: 'empty' });
    for (const t of ['không', 'abc', '12,5%', '20/7/2023', 'x']) expect(parseCount(t), t).toEqual({ kind: 'text' });
  });

  it('keeps the words after a number', () => {
    expect(parseCount('615 thành viên')).toEqual({ kind: 'integer', value: 615, trailing: 'thành viên' });
    expect(parseCount('11 sản phẩm gồm: Gạo bãi rươi, Rươi cấp đông')).toEqual({
      kind: 'integer',
      value: 11,
      trailing: 'sản phẩm gồm: Gạo bãi rươi, Rươi cấp đông',
    });
  });

  it('reads numeric cells, forgiving floating-point noise but not real fractions', () => {
    expect(readNumericCell(75994)).toEqual({ kind: 'integer', value: 75994 });
    expect(readNumericCell(0.1 + 0.2 + 2.7)).toEqual({ kind: 'integer', value: 3 });
    expect(readNumericCell(2.5)).toEqual({ kind: 'decimal', value: 2.5 });
    expect(readNumericCell(-3)).toEqual({ kind: 'negative', value: -3 });
  });
});
