import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { encodeAs, type EncodingName } from '../../src/read/encoding/decode.js';
import { codes, tempDir, validate, writeBytes } from '../support/files.js';
// The fixtures' generator holds the seeds' figures as the seeds print them.
import { APPENDIX_HEADER, APPENDIX_ROWS, APPENDIX_TOTAL, appendixCsvText } from '../../fixtures/seed-figures.mjs';

// The seed reports themselves, as text, are in the repository (fixtures/seeds/): this test never goes without them.
const seed003 = readFileSync(new URL('../../fixtures/seeds/003_a7e5ba1c9c71bd2d.txt', import.meta.url), 'utf8');

/** The sums seed 003's prose states ("hơn 316.000 … hơn 198.000 … hơn 564.000", "111 sản phẩm"). */
const APPENDIX_SUMS: Record<string, number> = {
  so_buoi_tap_huan: 522,
  so_thanh_vien_duoc_tap_huan: 5019,
  so_nguoi_dan_duoc_huong_dan: 316105,
  so_tai_khoan_dvctt: 198353,
  so_tai_khoan_vneid: 564808,
  so_san_pham_ocop: 162,
  so_ocop_len_san: 111,
};

describe('seed 003: the province appendix, its 12 districts and its hand-typed total', () => {
  it("the fixture carries the seed's figures (the typed total as printed)", () => {
    expect(seed003).toContain('Tổng 522 5.019 308.760 187.889 559.591 181 98');
    for (const row of APPENDIX_ROWS.filter((r) => r[1] !== 'Thành phố Hải Dương')) {
      const printed = row.slice(2).filter(Boolean).join(' ');
      expect(seed003.replace(/\s+/g, ' '), row[1]).toContain(printed.split(' ').slice(0, 3).join(' '));
    }
    expect(APPENDIX_TOTAL.slice(2)).toEqual(['522', '5.019', '308.760', '187.889', '559.591', '181', '98']);
  });

  const variants: [EncodingName, boolean, string][] = [];
  for (const e of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as EncodingName[]) {
    for (const d of [',', ';', '\t']) variants.push([e, e !== 'utf-8' || d === ';', d]);
  }
  variants.push(['utf-8', false, ',']);

  it.each(variants)('reads the same 12 units and values from %s (BOM %s) with delimiter %j', async (encoding, bom, delimiter) => {
    const path = writeBytes(
      `phu-luc.${delimiter === '\t' ? 'tsv' : 'csv'}`,
      encodeAs(appendixCsvText(delimiter), encoding, bom || encoding.startsWith('utf-16')),
    );
    const r = await validate(path);
    const s = r.submission!;
    expect(s.layout).toBe('table');
    expect(s.encoding?.name).toBe(encoding);
    expect(s.reports.map((u) => u.unit?.value)).toEqual(APPENDIX_ROWS.map((row) => row[1]));
    // Every value as the seed prints it; blank cells are "not reported", never 0.
    const codesInOrder = Object.keys(APPENDIX_SUMS);
    APPENDIX_ROWS.forEach((row, i) => {
      codesInOrder.forEach((code, j) => {
        const printed = row[j + 2]!;
        const expected = printed === '' ? null : Number(printed.replace(/\./g, ''));
        expect(s.reports[i]!.values.get(code)?.value, `${row[1]} ${code}`).toBe(expected);
      });
    });
    // The typed total is checked, never added, and flagged in exactly the columns where it is wrong.
    const mismatches = r.findings.filter((f) => f.code === 'total-mismatch');
    expect(mismatches.map((f) => f.indicator)).toEqual([
      'so_nguoi_dan_duoc_huong_dan',
      'so_tai_khoan_dvctt',
      'so_tai_khoan_vneid',
      'so_san_pham_ocop',
      'so_ocop_len_san',
    ]);
    for (const f of mismatches) expect(f.expected, f.indicator).toBe(APPENDIX_SUMS[f.indicator!]);
    expect(mismatches.map((f) => f.location?.column)).toEqual([5, 6, 7, 8, 9]);
    expect(messageOf(mismatches[0]!, 'vi')).toContain('308.760');
    expect(messageOf(mismatches[0]!, 'vi')).toContain('316.105');
  });

  it('reads the committed xlsx appendix the same way', async () => {
    const r = await validate('fixtures/hai-duong-phu-luc-2023.xlsx');
    expect(r.submission!.reports).toHaveLength(12);
    expect(r.findings.filter((f) => f.code === 'total-mismatch').map((f) => f.location?.cell)).toEqual(['E18', 'F18', 'G18', 'H18', 'I18']);
    expect(r.findings.filter((f) => f.code === 'value-empty').map((f) => f.unit)).toEqual([
      'Nam Sách',
      'Nam Sách',
      'Thành phố Hải Dương',
      'Kim Thành',
      'Thanh Hà',
    ]);
    expect(APPENDIX_HEADER).toHaveLength(9);
  });

  it('flags a table that lists one unit twice, and a row with figures but no unit', async () => {
    const rows = ['Đơn vị,Số người dân được hướng dẫn', 'Tứ Kỳ,5', 'Gia Lộc,7', 'Tứ kỳ,5', ',9'];
    const r = await validate(writeBytes('dup.csv', rows.join('\n'), tempDir()));
    expect(r.findings.find((f) => f.code === 'unit-duplicate')).toMatchObject({ severity: 'error', location: { line: 4 }, unit: 'Tứ kỳ' });
    expect(r.findings.find((f) => f.code === 'unit-missing')).toMatchObject({ location: { line: 5 } });
  });
});

describe('seed 001: Tứ Kỳ, 6 tháng đầu năm 2023', () => {
  it.each(['fixtures/tu-ky-6-thang-2023.xlsx', 'fixtures/tu-ky-6-thang-2023.csv'])('%s: unit, period, values, and the VNeID error', async (path) => {
    const r = await validate(path);
    const rep = r.submission!.reports[0]!;
    expect(rep.unit?.value).toBe('Huyện Tứ Kỳ');
    expect(rep.period?.value.key).toBe('2023-H1');
    expect(rep.reportDate?.value).toBe('2023-07-20');
    const values = Object.fromEntries([...rep.values].map(([k, v]) => [k, v.value]));
    expect(values).toEqual({
      so_to_cap_xa: 23,
      so_thon_kdc: 105,
      so_to_cap_thon: 105,
      so_thanh_vien: 615,
      so_nhom_zalo: 129,
      so_ho_gia_dinh: 58076,
      so_buoi_tap_huan: 23,
      so_thanh_vien_duoc_tap_huan: 615,
      so_nguoi_dan_duoc_huong_dan: 17250,
      so_tai_khoan_dvctt: 15352,
      so_tai_khoan_vneid: 71994,
      so_tai_khoan_vneid_muc_1: 4621,
      so_tai_khoan_vneid_muc_2: 71373,
      so_san_pham_ocop: 11,
      so_ocop_len_san: 9,
    });
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(['rule-sum']);
    expect(messageOf(errors[0]!, 'vi')).toContain('4.621 + 71.373 = 75.994');
  });

  it('reads the Thuyết minh sheet: prose and product lists', async () => {
    const r = await validate('fixtures/tu-ky-6-thang-2023.xlsx');
    const notes = Object.fromEntries(r.submission!.notes.map((n) => [n.key, n]));
    expect(notes.ds_ocop_len_san!.items).toHaveLength(9);
    expect(notes.ds_san_pham_khac_len_san!.items).toContain('Túi, ví thêu Minh Tú');
    expect(notes.ton_tai_han_che!.text).toContain('Kinh phí');
  });
});

describe('seed 002: Nam Chính, a TCVN3 file', () => {
  it('is read as TCVN3 and validates', async () => {
    const r = await validate('fixtures/nam-chinh-2022-tcvn3.csv');
    expect(r.submission!.encoding).toEqual({ name: 'tcvn3', detected: true });
    const rep = r.submission!.reports[0]!;
    expect(rep.unit?.value).toBe('Xã Nam Chính');
    expect(rep.period?.value.key).toBe('2022');
    expect(rep.values.get('so_thanh_vien')?.value).toBe(39);
    expect(codes(r).filter((c) => c !== 'indicators-absent')).toEqual([]);
  });
});
