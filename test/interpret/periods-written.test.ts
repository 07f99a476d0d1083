import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { findPeriods, parsePeriod } from '../../src/interpret/period.js';
import { endsBefore, makePeriod } from '../../src/model/period.js';
import { describePeriod } from '../../src/i18n/period-words.js';

describe('periods as forms write them, every way the contract names', () => {
  it.each([
    // n tháng đầu/cuối năm, in figures and in words
    ['3 tháng đầu năm 2023', '2023-Q1'],
    ['ba tháng đầu năm 2023', '2023-Q1'],
    ['sáu tháng cuối năm 2023', '2023-H2'],
    ['chín tháng đầu năm 2023', '2023-01..09'],
    ['mười tháng đầu năm 2023', '2023-01..10'],
    ['1 tháng đầu năm 2023', '2023-01'],
    ['12 tháng đầu năm 2023', '2023'],
    ['1 tháng cuối năm 2023', '2023-12'],
    ['3 tháng cuối năm 2023', '2023-Q4'],
    // n tháng năm
    ['2 tháng năm 2023', '2023-01..02'],
    ['Sáu tháng năm 2024', '2024-H1'],
    ['11 tháng năm 2023', '2023-01..11'],
    ['Chín tháng năm 2023', '2023-01..09'],
    // quarters
    ['Quý I/2024', '2024-Q1'],
    ['Quý II năm 2024', '2024-Q2'],
    ['quý 4 - 2024', '2024-Q4'],
    ['Quý IV/2024', '2024-Q4'],
    ['QUÝ 2/2025', '2025-Q2'],
    // ranges
    ['từ tháng 2 đến hết tháng 4 năm 2023', '2023-02..04'],
    ['từ tháng 10 đến tháng 12 năm 2023', '2023-Q4'],
    ['Tháng 5-5/2023', '2023-05'],
    ['Từ tháng 1 đến tháng 6/2023', '2023-H1'],
    ['tháng 7-12 năm 2023', '2023-H2'],
    ['Tháng 3 - 5/2023', '2023-03..05'],
    // months
    ['Tháng 1/2023', '2023-01'],
    ['tháng 09 năm 2023', '2023-09'],
    ['Tháng 10/2023', '2023-10'],
    // years at the edges of the range read
    ['Năm 2000', '2000'],
    ['năm 2100', '2100'],
    // whole fields: canonical keys and short forms
    ['2023-H2', '2023-H2'],
    ['2023 h1', '2023-H1'],
    ['H2/2023', '2023-H2'],
    ['H1 năm 2023', '2023-H1'],
    ['2024-Q1', '2024-Q1'],
    ['Q4/2024', '2024-Q4'],
    ['Q2 năm 2024', '2024-Q2'],
    ['2023-02..04', '2023-02..04'],
    ['2023-09', '2023-09'],
    ['9/2023', '2023-09'],
    ['2023/9', '2023-09'],
  ])('%j → %s', (text, key) => {
    expect(parsePeriod(text)?.key).toBe(key);
  });

  it.each([
    'Năm 1999',
    'năm 2101',
    'Quý 5/2024',
    'Quý 0/2024',
    'Tháng 0/2023',
    'Tháng 13/2023',
    '13/2023',
    '2023-13',
    '2023-00',
    '0/2023',
    'từ tháng 5 đến tháng 2 năm 2023',
    'tháng 0-5/2023',
    'tháng 3-13/2023',
    '13 tháng đầu năm 2023',
    '0 tháng đầu năm 2023',
    '1 tháng năm 2023',
    '12 tháng năm 2023',
    '2023-05..02',
    '2023-00..04',
    '1999',
    '2101',
    '1999-H1',
    '2023-H3',
    '2023-Q5',
    'H1/1999',
    'Q1/2101',
    '2023-13..14',
    'Quý III/1999',
    'từ tháng 1 đến tháng 5 năm 1999',
    '07/1999',
    'Tháng 7/2101',
    'đợt 2',
    '',
    'năm nay',
    // The short forms are whole fields only.
    'x 2023-H1',
    '2023-H1 x',
    'x H1/2023',
    'H1/2023 x',
    'x 2024-Q1',
    '2024-Q1 x',
    'x Q4/2024',
    'Q4/2024 x',
    'x 2023-02..04',
    '2023-02..04 x',
    'x 2023-09',
    '2023-09 x',
    'x 9/2023',
    '9/2023 x',
    'x 2023',
    '2023 x',
  ])('%j is no period', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('finds every period of a title once, in the order of the patterns, and each only once', () => {
    expect(findPeriods('Báo cáo 6 tháng đầu năm 2023, quý II/2023 và tháng 7/2023; năm 2023').map((p) => p.key)).toEqual([
      '2023-H1',
      '2023-Q2',
      '2023-07',
      '2023',
    ]);
    expect(findPeriods('Kết quả năm 2022 và năm 2022').map((p) => p.key)).toEqual(['2022']);
    expect(findPeriods('không có kỳ nào')).toEqual([]);
    // A year inside a longer number is no year; a phrase already read is not read again as a bare year.
    expect(findPeriods('số 120233 năm 20234').map((p) => p.key)).toEqual([]);
    expect(findPeriods('6 tháng đầu năm 2023').map((p) => p.key)).toEqual(['2023-H1']);
  });

  it('a field naming two periods names none', () => {
    expect(parsePeriod('Quý I/2024 và Quý II/2024')).toBeUndefined();
    expect(parsePeriod('Quý I/2024, quý I năm 2024')?.key).toBe('2024-Q1');
  });
});

describe('a period named by the most specific word that fits it', () => {
  it.each([
    [1, 12, '2023', 'year', 'năm 2023', 'year 2023'],
    [1, 6, '2023-H1', 'half', '6 tháng đầu năm 2023', 'first half of 2023'],
    [7, 12, '2023-H2', 'half', '6 tháng cuối năm 2023', 'second half of 2023'],
    [1, 3, '2023-Q1', 'quarter', 'Quý I/2023', 'Q1 2023'],
    [4, 6, '2023-Q2', 'quarter', 'Quý II/2023', 'Q2 2023'],
    [7, 9, '2023-Q3', 'quarter', 'Quý III/2023', 'Q3 2023'],
    [10, 12, '2023-Q4', 'quarter', 'Quý IV/2023', 'Q4 2023'],
    [7, 7, '2023-07', 'month', 'tháng 7/2023', '07/2023'],
    [12, 12, '2023-12', 'month', 'tháng 12/2023', '12/2023'],
    [1, 5, '2023-01..05', 'months', '5 tháng đầu năm 2023', 'months 1–5 of 2023'],
    [8, 12, '2023-08..12', 'months', '5 tháng cuối năm 2023', 'months 8–12 of 2023'],
    [2, 4, '2023-02..04', 'months', 'từ tháng 2 đến tháng 4 năm 2023', 'months 2–4 of 2023'],
    [2, 7, '2023-02..07', 'months', 'từ tháng 2 đến tháng 7 năm 2023', 'months 2–7 of 2023'],
    [3, 8, '2023-03..08', 'months', 'từ tháng 3 đến tháng 8 năm 2023', 'months 3–8 of 2023'],
    [2, 12, '2023-02..12', 'months', '11 tháng cuối năm 2023', 'months 2–12 of 2023'],
  ] as const)('months %d–%d: %s (%s), “%s”, “%s”', (first, last, key, kind, vi, en) => {
    const p = makePeriod('months', 2023, first, last);
    expect(p).toEqual({ key, kind, year: 2023, firstMonth: first, lastMonth: last });
    expect(describePeriod(p, 'vi')).toBe(vi);
    expect(describePeriod(p, 'en')).toBe(en);
  });

  it('one period ends before another when its last month comes first', () => {
    const h1 = makePeriod('half', 2023, 1, 6);
    const y22 = makePeriod('year', 2022, 1, 12);
    const y23 = makePeriod('year', 2023, 1, 12);
    const q2 = makePeriod('quarter', 2023, 4, 6);
    expect(endsBefore(y22, h1)).toBe(true);
    expect(endsBefore(h1, y23)).toBe(true);
    expect(endsBefore(y23, h1)).toBe(false);
    expect(endsBefore(q2, h1)).toBe(false); // same last month
    expect(endsBefore(h1, h1)).toBe(false);
    expect(endsBefore(makePeriod('month', 2022, 12, 12), makePeriod('month', 2023, 1, 1))).toBe(true);
  });
});

describe('report dates', () => {
  it.each([
    ['20/7/2023', '2023-07-20'],
    ['20.07.2023', '2023-07-20'],
    ['1-1-2024', '2024-01-01'],
    ['2023-7-20', '2023-07-20'],
    ['  2023-07-20 ', '2023-07-20'],
    ['29/2/2024', '2024-02-29'],
    ['29/2/2000', '2000-02-29'],
    ['31/12/2100', '2100-12-31'],
    ['30/4/2023', '2023-04-30'],
    ['31/1/2023', '2023-01-31'],
    ['Hải Dương, ngày 08 tháng 8 năm 2023', '2023-08-08'],
    ['NGÀY 5 THÁNG 12 NĂM 2023', '2023-12-05'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '29/2/2023',
    '29/2/1900',
    '29/2/2100',
    '31/4/2023',
    '32/1/2023',
    '0/1/2023',
    '1/0/2023',
    '1/13/2023',
    '1/1/1999',
    '1/1/2101',
    '2023-02-30',
    '20/7/23',
    'x2023-07-20',
    '2023-07-20x',
    'ngày 8 tháng 8',
    'x20/7/2023',
    '20/7/2023x',
  ])('%j is no date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});
