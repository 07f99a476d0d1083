import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distance } from '../../src/model/fold.js';
import { encodeAs } from '../../src/read/encoding/decode.js';
import { numberAndCode, officialDate, ratioText } from '../../src/render/report/official-text.js';
import { SettingsError } from '../../src/model/settings-error.js';
import { NearestNames } from '../../src/settings/nearest-names.js';
import { RosterIndex, unitKey } from '../../src/settings/roster.js';
import { loadRoster } from '../../src/node/load-settings.js';
import { ROSTER } from '../support/aggregate.js';
import { tempDir } from '../support/files.js';

describe('unit names', () => {
  it('match across case, diacritics, tone-mark placement and the prefixes people write', () => {
    const key = unitKey('Thành phố Hải Dương');
    for (const n of ['TP Hải Dương', 'TP. Hải Dương', 'thành phố hải dương', 'Tp.Hải Dương', 'HẢI DƯƠNG']) expect(unitKey(n), n).toBe(key);
    expect(unitKey('H. Tứ Kỳ')).toBe(unitKey('huyện Tứ kỳ'));
    expect(unitKey('TX Kinh Môn')).toBe(unitKey('Thị xã Kinh Môn'));
    expect(unitKey('Xã Thanh Hoà')).toBe(unitKey('xã Thanh Hòa'));
    expect(unitKey('Huyện Thanh Hà')).not.toBe(unitKey('Thành phố Hải Dương'));
  });

  it('are found in a roster by name or code, with the closest names suggested for a stranger', async () => {
    const index = new RosterIndex(await loadRoster(ROSTER, 'vi'));
    expect(index.match('TP. Chí Linh').unit?.ma).toBe('290');
    expect(index.match('tên lạ', '297').unit?.ten).toBe('Huyện Gia Lộc');
    expect(index.match('Cẩm Giang').unit?.ten).toBe('Huyện Cẩm Giàng');
    expect(index.match('Huyện Ninh Gang')).toEqual({ suggestions: ['Huyện Ninh Giang'] });
    expect(index.match('Hà Nội').suggestions).toEqual([]);
  });

  it('are measured apart only as far as a suggestion needs: the bounded distance is the plain one, or beyond the bound', () => {
    // The plain Levenshtein table, written out here as the reference the bounded one is held to.
    const plain = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const text = fc.stringMatching(/^[abcđ ]{0,12}$/);
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const exact = plain(a, b);
        expect(distance(a, b)).toBe(exact);
        expect(distance(a, b, max)).toBe(Math.min(exact, max + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('are suggested from the names that share enough pairs of letters, as when every name is measured', () => {
    // The reference: every key measured, the closest within the bound kept, in the given order.
    const scan = (entries: { item: number; keys: string[] }[], key: string, near: number) => {
      const ds = entries.map((e) => Math.min(...e.keys.map((k) => distance(key, k))));
      const best = Math.min(...ds);
      return best > near ? [] : entries.filter((_, i) => ds[i] === best).map((e) => e.item);
    };
    // Few letters, so that names are often near each other and share pairs by chance.
    const name = fc.stringMatching(/^[abc ]{0,14}$/);
    fc.assert(
      fc.property(fc.array(fc.array(name, { minLength: 1, maxLength: 2 }), { maxLength: 40 }), name, fc.integer({ min: 0, max: 5 }), (keys, key, near) => {
        const entries = keys.map((k, item) => ({ item, keys: k }));
        expect(new NearestNames(entries).closest(key, near)).toEqual(scan(entries, key, near));
      }),
      { numRuns: 3000 },
    );
  });

  it('are suggested from a roster of a whole country: the closest of ten thousand units, however many reports miss', () => {
    // Ten thousand communes, among them the one a clerk misspelt and its near neighbours by name.
    const donVi = Array.from({ length: 10_000 }, (_, i) => ({
      ma: String(10_000 + i),
      ten: `Xã Thôn ${i}`,
      loai: 'xã',
      capTren: `Tỉnh ${i % 34}`,
      tenKhac: [] as string[],
    }));
    donVi.push({ ma: '1', ten: 'Xã Tân Trường', loai: 'xã', capTren: 'Tỉnh 1', tenKhac: ['Xã Tân Trương'] });
    donVi.push({ ma: '2', ten: 'Xã Tân Tường', loai: 'xã', capTren: 'Tỉnh 2', tenKhac: [] });
    donVi.push({ ma: '3', ten: 'Xã Tân Thượng', loai: 'xã', capTren: 'Tỉnh 3', tenKhac: [] });
    const index = new RosterIndex({ ten: 'Cả nước', donVi, source: 'roster.json' });
    // One letter from two units' names: both, in the order of the alphabet, and not the unit two letters away.
    expect(index.match('Xã Tân Trờng')).toEqual({ suggestions: ['Xã Tân Trường', 'Xã Tân Tường'] });
    expect(index.match('Tân Thượngg').suggestions).toEqual(['Xã Tân Thượng']);
    // Five units one letter away: the first three of them.
    expect(index.match('Xã Thôn 12345').suggestions).toEqual(['Xã Thôn 1234', 'Xã Thôn 1235', 'Xã Thôn 1245']);
    expect(index.match('Phường Hoàn Kiếm').suggestions).toEqual([]);
  });

  it('can come from a CSV a clerk typed in Excel, and a roster with two names for one unit is refused', async () => {
    const dir = tempDir();
    const csv = join(dir, 'don-vi.csv');
    writeFileSync(
      csv,
      encodeAs('Mã;Tên đơn vị;Loại;Cấp trên\r\n25441;Xã Nam Chính;xã;Huyện Nam Sách\r\n25444;Xã Nam Hưng;xã;Huyện Nam Sách\r\n', 'windows-1258'),
    );
    const roster = await loadRoster(csv, 'vi');
    expect(roster.donVi).toEqual([
      { ma: '25441', ten: 'Xã Nam Chính', loai: 'xã', capTren: 'Huyện Nam Sách', tenKhac: [] },
      { ma: '25444', ten: 'Xã Nam Hưng', loai: 'xã', capTren: 'Huyện Nam Sách', tenKhac: [] },
    ]);
    const twice = join(dir, 'twice.json');
    writeFileSync(twice, JSON.stringify({ donVi: [{ ten: 'Thành phố Hải Dương' }, { ten: 'TP Hải Dương' }] }));
    const error = await loadRoster(twice, 'vi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      'donVi[1]: "TP Hải Dương" trùng với "Thành phố Hải Dương" (cùng tên khi bỏ Huyện/TP/TX…); nếu là hai đơn vị khác nhau, ghi mã đơn vị (Mã) cho cả hai',
    ]);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ donVi: [{ ma: 1 }] }));
    const e2 = (await loadRoster(broken, 'vi').catch((e: unknown) => e)) as SettingsError;
    expect(e2.problems).toEqual([expect.stringMatching(/^donVi\[0\]\.ma: /), expect.stringMatching(/^donVi\[0\]\.ten: /)]);
  });
});

describe('official text (Decree 30/2020)', () => {
  it('writes dates with the leading zeros the decree asks for, or leaves them blank for the registry', () => {
    expect(officialDate('08/08/2023')).toBe('ngày 08 tháng 8 năm 2023');
    expect(officialDate('15/1/2024')).toBe('ngày 15 tháng 01 năm 2024');
    expect(officialDate('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(officialDate('31/12/2024')).toBe('ngày 31 tháng 12 năm 2024');
    expect(officialDate('')).toBe('ngày …… tháng …… năm ……');
  });

  it('pads document numbers below 10 and writes percentages the Vietnamese way', () => {
    expect(numberAndCode('5', 'UBND')).toBe('05/BC-UBND');
    expect(numberAndCode('12', 'STTTT')).toBe('12/BC-STTTT');
    expect(numberAndCode('', 'STTTT')).toMatch(/^\s+\/BC-STTTT$/);
    // A kyHieu typed with its "BC-" is not doubled ("215/BC-BC-STTTT" was printed).
    expect(numberAndCode('215', 'BC-STTTT')).toBe('215/BC-STTTT');
    expect(numberAndCode('215', 'bc – STTTT')).toBe('215/BC-STTTT');
    expect(numberAndCode('215', 'BC')).toBe('215/BC');
    expect(numberAndCode('215', 'BCĐ')).toBe('215/BC-BCĐ');
    expect(ratioText(88 / 133, 'percent')).toBe('66,2%');
    expect(ratioText(1, 'percent')).toBe('100,0%');
    expect(ratioText(null, 'percent')).toBe('-');
  });
});
