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

describe('a period given by its key', () => {
  it('is read back from every key a period has, and said in words, never as the key', async () => {
    const { periodFromKey } = await import('../../src/model/period.js');
    const { describePeriodKey } = await import('../../src/i18n/period-words.js');
    for (const text of ['Năm 2022', '6 tháng đầu năm 2023', '5 tháng cuối năm 2023', 'Quý III/2024', 'Tháng 7/2023', 'từ tháng 3 đến tháng 5 năm 2023']) {
      const p = parsePeriod(text)!;
      expect(periodFromKey(p.key), text).toEqual(p);
    }
    expect(describePeriodKey('2024-H1', 'vi')).toBe('6 tháng đầu năm 2024');
    expect(describePeriodKey('2023-08..12', 'vi')).toBe('5 tháng cuối năm 2023');
    expect(describePeriodKey('2023-08..12', 'en')).toBe('months 8–12 of 2023');
    for (const bad of ['2023-13', '2023-05..03', '2023-Q5', 'H1', '2023-01..12']) expect(periodFromKey(bad), bad).toBeUndefined();
  });

  it('is said in words in the messages that name one', async () => {
    const { messageOf } = await import('../../src/i18n/messages.js');
    const f = { code: 'period-mismatch', severity: 'error', file: 'a.xlsx', params: { period: '2024-H1', expected: '2023-08..12' } } as const;
    expect(messageOf(f, 'vi')).toBe('Kỳ báo cáo là 6 tháng đầu năm 2024, nhưng đang kiểm tra cho kỳ 5 tháng cuối năm 2023.');
    expect(messageOf(f, 'en')).toBe('The report covers first half of 2024, but the check is for months 8–12 of 2023.');
  });
});
