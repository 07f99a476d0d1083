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

describe('counts as typed, mark by mark', () => {
  it.each([
    // A mark at the end belongs to the sentence, not the number.
    ['56.733.', { kind: 'integer', value: 56733, trailing: '.' }],
    ['23, trong đó', { kind: 'integer', value: 23, trailing: ', trong đó' }],
    // Signs and brackets with spaces inside.
    ['- 5', { kind: 'negative', value: -5 }],
    ['+ 5', { kind: 'integer', value: 5 }],
    ['( 5 )', { kind: 'negative', value: -5 }],
    ['-0', { kind: 'integer', value: 0 }],
    ['(0)', { kind: 'integer', value: 0 }],
    ['(5) người', { kind: 'negative', value: -5, trailing: 'người' }],
    // A percentage after words is still a count with words.
    ['5 người (10%)', { kind: 'integer', value: 5, trailing: 'người (10%)' }],
    // Decimals both ways, with and without thousands marks.
    ['1234,5', { kind: 'decimal', value: 1234.5 }],
    ['12.345,6', { kind: 'decimal', value: 12345.6 }],
    ['1.234.567,8', { kind: 'decimal', value: 1234567.8 }],
    ['1234.5', { kind: 'decimal', value: 1234.5 }],
    ['1234.567', { kind: 'decimal', value: 1234.567 }],
    ['12,345.6', { kind: 'decimal', value: 12345.6 }],
    ['1,234,567.8', { kind: 'decimal', value: 1234567.8 }],
    ['-2,5 người', { kind: 'negative', value: -2.5, trailing: 'người' }],
  ])('%j', (text, reading) => {
    expect(parseCount(text)).toEqual(reading);
  });

  it.each([
    'khoảng 12',
    'x 5',
    '5)',
    '(5',
    '(123',
    '15)',
    '(15',
    '1.2,5',
    '1,2.5',
    '12,5 6',
    '1.2.3',
    '12.34.5',
    '1 23',
    '5%',
    '5 %',
    '20/7',
    '5:30',
    '1.234,5.6',
  ])('%j is text', (text) => {
    expect(parseCount(text)).toEqual({ kind: 'text' });
  });

  it('forgives floating-point noise in a numeric cell, both ways, and nothing more', () => {
    expect(readNumericCell(0.1 * 3 * 10)).toEqual({ kind: 'integer', value: 3 });
    expect(readNumericCell(3 - 4e-16)).toEqual({ kind: 'integer', value: 3 });
    expect(readNumericCell(3.000001)).toEqual({ kind: 'decimal', value: 3.000001 });
    expect(readNumericCell(-0.1 * 3 * 10)).toEqual({ kind: 'negative', value: -3 });
    expect(readNumericCell(0)).toEqual({ kind: 'integer', value: 0 });
  });
});
