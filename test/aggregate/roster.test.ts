import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeAs } from '../../src/read/encoding/decode.js';
import { numberAndCode, officialDate, ratioText } from '../../src/render/report/official-text.js';
import { SettingsError } from '../../src/settings/settings-error.js';
import { loadRoster, RosterIndex, unitKey } from '../../src/settings/roster.js';
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

  it('can come from a CSV a clerk typed in Excel, and a roster with two names for one unit is refused', async () => {
    const dir = tempDir();
    const csv = join(dir, 'don-vi.csv');
    writeFileSync(csv, encodeAs('Mã;Tên đơn vị;Loại;Cấp trên\r\n25441;Xã Nam Chính;xã;Huyện Nam Sách\r\n25444;Xã Nam Hưng;xã;Huyện Nam Sách\r\n', 'windows-1258'));
    const roster = await loadRoster(csv, 'vi');
    expect(roster.donVi).toEqual([
      { ma: '25441', ten: 'Xã Nam Chính', loai: 'xã', capTren: 'Huyện Nam Sách', tenKhac: [] },
      { ma: '25444', ten: 'Xã Nam Hưng', loai: 'xã', capTren: 'Huyện Nam Sách', tenKhac: [] },
    ]);
    const twice = join(dir, 'twice.json');
    writeFileSync(twice, JSON.stringify({ donVi: [{ ten: 'Thành phố Hải Dương' }, { ten: 'TP Hải Dương' }] }));
    const error = await loadRoster(twice, 'vi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual(['donVi[1]: "TP Hải Dương" trùng với "Thành phố Hải Dương" (cùng tên khi bỏ Huyện/TP/TX…); nếu là hai đơn vị khác nhau, ghi mã đơn vị (Mã) cho cả hai']);
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
    expect(ratioText(88 / 133, 'percent')).toBe('66,2%');
    expect(ratioText(1, 'percent')).toBe('100,0%');
    expect(ratioText(null, 'percent')).toBe('-');
  });
});
