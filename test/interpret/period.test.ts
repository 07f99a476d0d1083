import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { findPeriods, parsePeriod } from '../../src/interpret/period.js';
import { describePeriod } from '../../src/i18n/period-words.js';

describe('periods', () => {
  it.each([
    ['Năm 2022', '2022'],
    ['năm 2022', '2022'],
    ['2022', '2022'],
    ['6 tháng đầu năm 2023', '2023-H1'],
    ['Sáu tháng đầu năm 2023', '2023-H1'],
    ['6 tháng cuối năm 2023', '2023-H2'],
    ['5 tháng cuối năm 2023', '2023-08..12'],
    ['5 tháng đầu năm 2023', '2023-01..05'],
    ['9 tháng năm 2023', '2023-01..09'],
    ['Quý III/2024', '2024-Q3'],
    ['Quý 3 năm 2024', '2024-Q3'],
    ['QUÝ I - 2024', '2024-Q1'],
    ['Tháng 7/2023', '2023-07'],
    ['tháng 7 năm 2023', '2023-07'],
    ['07/2023', '2023-07'],
    ['Tháng 1-5/2023', '2023-01..05'],
    ['từ tháng 1 đến tháng 5 năm 2023', '2023-01..05'],
    ['2023-H1', '2023-H1'],
    ['2024-Q3', '2024-Q3'],
    ['2023-07', '2023-07'],
    ['2023-01..05', '2023-01..05'],
  ])('%j → %s', (text, key) => {
    expect(parsePeriod(text)?.key).toBe(key);
  });

  it('refuses what names no period, or two', () => {
    expect(parsePeriod('abc')).toBeUndefined();
    expect(parsePeriod('Quý V/2024')).toBeUndefined();
    expect(parsePeriod('Tháng 13/2023')).toBeUndefined();
    expect(parsePeriod('6 tháng đầu năm 2023 và 6 tháng cuối năm 2023')).toBeUndefined();
    expect(findPeriods('Sơ kết 6 tháng đầu năm 2023 và phương hướng 6 tháng cuối năm 2023').map((p) => p.key)).toEqual(['2023-H1', '2023-H2']);
  });

  it('describes periods the way reports write them', () => {
    expect(describePeriod(parsePeriod('2023-H1')!, 'vi')).toBe('6 tháng đầu năm 2023');
    expect(describePeriod(parsePeriod('Quý 3 năm 2024')!, 'vi')).toBe('Quý III/2024');
    expect(describePeriod(parsePeriod('5 tháng cuối năm 2023')!, 'vi')).toBe('5 tháng cuối năm 2023');
    expect(describePeriod(parsePeriod('2022')!, 'en')).toBe('year 2022');
  });
});

describe('report dates', () => {
  it('reads the ways dates are written', () => {
    expect(parseDate('20/7/2023')).toBe('2023-07-20');
    expect(parseDate('20-07-2023')).toBe('2023-07-20');
    expect(parseDate('2023-07-20')).toBe('2023-07-20');
    expect(parseDate('Tứ Kỳ, ngày 08 tháng 8 năm 2023')).toBe('2023-08-08');
    expect(parseDate('31/2/2023')).toBeUndefined();
    expect(parseDate('hôm qua')).toBeUndefined();
  });
});
