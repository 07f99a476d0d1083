import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { composeReport } from '../../src/render/report/compose.js';
import { loadReportConfig } from '../../src/node/load-settings.js';
import { loadWording } from '../../src/node/load-settings.js';
import { aggregate, copyDistricts, DISTRICTS, ROSTER, total } from '../support/aggregate.js';
import { formSheet, tempDir, validate, writeBytes, writeWorkbook } from '../support/files.js';
import { formCsv, formFolder, type FormRow } from '../support/forms.js';

/**
 * One-line bugs a real change could make in the code that decides a figure or a verdict, each of which once passed
 * the whole suite (issue 22's probe). Each test here fails on its bug, through a file as a district sends it.
 */

const BUOI = 'Số buổi hội nghị, tập huấn, hướng dẫn';
const NGUOI_DAN = 'Số người dân được hướng dẫn';
const VNEID = 'Số tài khoản VNeID được tạo';
const VNEID_1 = 'trong đó: tài khoản VNeID mức độ 1';
const VNEID_2 = 'trong đó: tài khoản VNeID mức độ 2';
const OCOP = 'Số sản phẩm OCOP của địa phương';
const OCOP_SAN = 'Số sản phẩm OCOP được đưa lên sàn TMĐT';

const csv = (unit: string, rows: FormRow[]) => ({ text: formCsv(unit, rows) });

describe('a dash or a blank typed in a cell is “not reported”, never 0', () => {
  it('two districts, one writing “-”, “–”, “...” and spaces: each total is the other’s figure, from 1 unit of 2', async () => {
    const dir = tempDir();
    await writeWorkbook(
      'a.xlsx',
      (wb) =>
        formSheet(
          wb,
          [
            [1, BUOI, 'Buổi', '-'],
            [2, NGUOI_DAN, 'Người', '   '],
            [3, OCOP, 'Sản phẩm', '–'],
            [4, OCOP_SAN, 'Sản phẩm', '...'],
            // One figure, so that the form is a report (a form with none is a blank form: below).
            [5, 'Số điểm wifi công cộng miễn phí', 'Điểm', 3],
          ],
          ['Đơn vị: Huyện Tứ Kỳ', 'Kỳ báo cáo: 6 tháng đầu năm 2023'],
        ),
      dir,
    );
    await writeWorkbook(
      'b.xlsx',
      (wb) =>
        formSheet(
          wb,
          [
            [1, BUOI, 'Buổi', 7],
            [2, NGUOI_DAN, 'Người', 50],
            [3, OCOP, 'Sản phẩm', 4],
            [4, OCOP_SAN, 'Sản phẩm', 2],
          ],
          ['Đơn vị: Huyện Gia Lộc', 'Kỳ báo cáo: 6 tháng đầu năm 2023'],
        ),
      dir,
    );
    const a = await aggregate(dir);
    expect(a.units.map((u) => u.name).sort()).toEqual(['Huyện Gia Lộc', 'Huyện Tứ Kỳ']);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 7, reported: 1 });
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 50, reported: 1 });
    expect(total(a, 'so_san_pham_ocop')).toEqual({ value: 4, reported: 1 });
    expect(total(a, 'so_ocop_len_san')).toEqual({ value: 2, reported: 1 });
    // The ratio is over the units that gave both sides: Gia Lộc alone, 2/4.
    expect(a.ratios.find((r) => r.id === 'ty-le-ocop-len-san')).toMatchObject({ numerator: 2, denominator: 4, units: 1, value: 0.5 });
    // validate says so at each cell, as a warning (“ô trống”), not as an error.
    const r = await validate(join(dir, 'a.xlsx'));
    const empty = r.findings.filter((f) => f.code === 'value-empty');
    expect(empty.map((f) => [f.location?.cell, f.severity, f.actual])).toEqual([
      ['D6', 'warning', '-'],
      ['D7', 'warning', '   '],
      ['D8', 'warning', '–'],
      ['D9', 'warning', '...'],
    ]);
  });

  it('a form with nothing but dashes and blanks is a blank form: an error of its own, and the unit has not reported', async () => {
    const dir = tempDir();
    const rows: [number, string, string, string | number][] = [
      [1, BUOI, 'Buổi', '-'],
      [2, NGUOI_DAN, 'Người', ''],
      [3, OCOP, 'Sản phẩm', '–'],
    ];
    await writeWorkbook('a.xlsx', (wb) => formSheet(wb, rows, ['Đơn vị: Huyện Tứ Kỳ', 'Kỳ báo cáo: 6 tháng đầu năm 2023']), dir);
    await writeWorkbook('b.xlsx', (wb) => formSheet(wb, [[1, BUOI, 'Buổi', 7]], ['Đơn vị: Huyện Gia Lộc', 'Kỳ báo cáo: 6 tháng đầu năm 2023']), dir);
    const r = await validate(join(dir, 'a.xlsx'));
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.params.count])).toEqual([['report-empty', 3]]);
    expect(r.findings.some((f) => f.code === 'value-empty')).toBe(false);
    const a = await aggregate(dir);
    expect(a.units.map((u) => u.name)).toEqual(['Huyện Gia Lộc']);
    expect(a.notCounted).toEqual([{ name: 'Huyện Tứ Kỳ', file: join(dir, 'a.xlsx'), reason: 'empty' }]);
    expect(a.files.map((f) => [f.path.slice(dir.length + 1), f.status, f.reason ?? null])).toEqual([
      ['a.xlsx', 'not-counted', 'empty'],
      ['b.xlsx', 'counted', null],
    ]);
  });
});

describe('a decimal written with both marks is a decimal, never a whole number', () => {
  it('“1.234,567” (Vietnamese) and “1,234.567” (English) are refused as decimals; “1.234.567” is a count', async () => {
    const dir = formFolder({
      'tu-ky.csv': csv('Huyện Tứ Kỳ', [
        [BUOI, '1.234,567'],
        [NGUOI_DAN, '1,234.567'],
      ]),
      'gia-loc.csv': csv('Huyện Gia Lộc', [
        [BUOI, '12'],
        [NGUOI_DAN, '1.234.567'],
      ]),
    });
    const r = await validate(join(dir, 'tu-ky.csv'));
    const decimals = r.findings.filter((f) => f.code === 'value-decimal');
    expect(decimals.map((f) => [f.location?.line, f.actual, f.severity])).toEqual([
      [5, '1.234,567', 'error'],
      [6, '1,234.567', 'error'],
    ]);
    expect(messageOf(decimals[0]!, 'vi')).toContain('1.234,567 là số thập phân');
    const a = await aggregate(dir);
    // Tứ Kỳ has errors and is not counted: only Gia Lộc's figures.
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 12, reported: 1 });
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 1234567, reported: 1 });
    expect(a.notCounted).toEqual([{ name: 'Huyện Tứ Kỳ', file: expect.stringContaining('tu-ky.csv'), reason: 'errors' }]);
  });
});

describe('parts that must add up to their total must add up exactly', () => {
  it('VNeID 100 with levels 40 + 59 is off by 1: an error naming both figures; 40 + 60 is right', async () => {
    const dir = formFolder({
      'lech.csv': csv('Huyện Tứ Kỳ', [
        [VNEID, '100'],
        [VNEID_1, '40'],
        [VNEID_2, '59'],
      ]),
      'dung.csv': csv('Huyện Gia Lộc', [
        [VNEID, '100'],
        [VNEID_1, '40'],
        [VNEID_2, '60'],
      ]),
    });
    const off = await validate(join(dir, 'lech.csv'));
    const sum = off.findings.filter((f) => f.code === 'rule-sum');
    expect(sum).toHaveLength(1);
    expect(sum[0]).toMatchObject({ severity: 'error', expected: 99, actual: 100, location: { line: 5 } });
    expect(messageOf(sum[0]!, 'vi')).toBe(
      'Số tài khoản VNeID được tạo (D5) là 100, nhưng tài khoản VNeID mức độ 1 (D6) và tài khoản VNeID mức độ 2 (D7) cộng lại là 40 + 59 = 99 (lệch 1).',
    );
    const right = await validate(join(dir, 'dung.csv'));
    expect(right.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const a = await aggregate(dir);
    expect(total(a, 'so_tai_khoan_vneid')).toEqual({ value: 100, reported: 1 });
    // A part not reported: nothing to add up, nothing said.
    const half = formFolder({
      'nua.csv': csv('Huyện Tứ Kỳ', [
        [VNEID, '100'],
        [VNEID_1, '40'],
        [VNEID_2, '-'],
      ]),
    });
    expect((await validate(join(half, 'nua.csv'))).findings.filter((f) => f.code === 'rule-sum')).toEqual([]);
  });

  it('OCOP products on e-commerce may equal the products, never exceed them by one', async () => {
    const dir = formFolder({
      'bang.csv': csv('Huyện Tứ Kỳ', [
        [OCOP, '11'],
        [OCOP_SAN, '11'],
      ]),
      'vuot.csv': csv('Huyện Gia Lộc', [
        [OCOP, '11'],
        [OCOP_SAN, '12'],
      ]),
    });
    expect((await validate(join(dir, 'bang.csv'))).findings.filter((f) => f.code === 'rule-compare')).toEqual([]);
    const over = (await validate(join(dir, 'vuot.csv'))).findings.filter((f) => f.code === 'rule-compare');
    expect(over.map((f) => [f.severity, f.actual, f.expected, f.location?.line])).toEqual([['error', 12, '<= 11', 6]]);
  });
});

describe('two files of one unit are compared on every figure either gives', () => {
  const base: FormRow[] = [
    [BUOI, '5'],
    [OCOP, '3'],
  ];
  it.each([
    ['the second', 'a.csv', 'b.csv'],
    ['the first', 'b.csv', 'a.csv'],
  ])('%s file gives 300 citizens the other leaves blank: a conflict, neither counted', async (_which, plain, extra) => {
    const dir = formFolder({
      [plain]: csv('Huyện Tứ Kỳ', base),
      [extra]: csv('Huyện Tứ Kỳ', [...base, [NGUOI_DAN, '300']]),
      'gia-loc.csv': csv('Huyện Gia Lộc', [[BUOI, '2']]),
    });
    const a = await aggregate(dir);
    const conflicts = a.findings.filter((f) => f.code === 'unit-conflict');
    expect(conflicts).toHaveLength(2);
    expect(conflicts[0]!.params.differ).toEqual(['so_nguoi_dan_duoc_huong_dan']);
    expect(a.findings.some((f) => f.code === 'unit-repeated')).toBe(false);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 2, reported: 1 });
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: null, reported: 0 });
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([
      ['Huyện Tứ Kỳ', 'conflict'],
      ['Huyện Tứ Kỳ', 'conflict'],
    ]);
  });

  it('two identical files count once, with a warning on the copy', async () => {
    const dir = formFolder({ 'a.csv': csv('Huyện Tứ Kỳ', base), 'b.csv': csv('Huyện Tứ Kỳ', base) });
    const a = await aggregate(dir);
    expect(a.findings.filter((f) => f.code === 'unit-repeated').map((f) => [f.file.endsWith('b.csv'), f.severity, f.params.other])).toEqual([
      [true, 'warning', 'a.csv'],
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 5, reported: 1 });
  });
});

describe('the report counts the reports received, not only those counted', () => {
  it('twelve districts sent, Cẩm Giàng’s with an error: “Đã nhận báo cáo của 12/12 đơn vị”, Cẩm Giàng named as not counted', async () => {
    const dir = copyDistricts();
    const path = join(dir, 'cam-giang.csv');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Buổi;88');
    writeFileSync(path, text.replace('Buổi;88', 'Buổi;-88'));
    const a = await aggregate(dir, { roster: ROSTER });
    expect(a.missing).toEqual([]);
    expect(a.notCounted.map((n) => n.name)).toEqual(['Huyện Cẩm Giàng']);
    expect(a.units).toHaveLength(11);
    const { config } = await loadReportConfig(undefined, DISTRICTS, {}, 'vi');
    const texts = composeReport(a, config, await loadWording(undefined, 'vi'))
      .body.filter((b) => b.kind === 'para')
      .map((b) => (b as { text: string }).text);
    expect(texts).toContain('Đã nhận báo cáo của 12/12 đơn vị.');
    expect(texts.some((t) => t.includes('Huyện Cẩm Giàng') && !t.startsWith('-'))).toBe(true);
  });
});

describe('doubtful figures are looked for from the fewest units the settings name, that number included', () => {
  const forms = (figures: number[]) =>
    formFolder(Object.fromEntries(figures.map((n, i) => [`xa-${i + 1}.csv`, csv(`Xã Số ${i + 1}`, [[NGUOI_DAN, n.toLocaleString('vi-VN')]])])));

  it('five communes (the default fewest), one with a thousand times the others’ citizens: flagged', async () => {
    const a = await aggregate(forms([100, 110, 95, 105, 100_000]));
    const doubts = a.findings.filter((f) => f.code === 'value-outlier');
    expect(doubts.map((f) => [f.unit, f.indicator, f.actual, f.severity])).toEqual([['Xã Số 5', 'so_nguoi_dan_duoc_huong_dan', 100000, 'warning']]);
    // Flagged, never changed.
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 100_410, reported: 5 });
  });

  it('four communes: too few to tell, nothing flagged', async () => {
    const a = await aggregate(forms([100, 110, 95, 100_000]));
    expect(a.findings.filter((f) => f.code === 'value-outlier')).toEqual([]);
  });
});

describe('December is a month like any other', () => {
  it.each([
    ['Tháng 12/2023', '2023-12'],
    ['tháng 12 năm 2023', '2023-12'],
    ['12/2023', '2023-12'],
    ['2023-12', '2023-12'],
    ['Quý IV/2023', '2023-Q4'],
    ['Tháng 10-12/2023', '2023-Q4'],
    ['từ tháng 7 đến tháng 12 năm 2023', '2023-H2'],
  ])('a form for “%s” is for %s', async (period, key) => {
    const dir = formFolder({ 'x.csv': { text: formCsv('Huyện Tứ Kỳ', [[BUOI, '3']], period) } });
    const r = await validate(join(dir, 'x.csv'));
    expect(r.submission!.reports[0]!.period?.value.key).toBe(key);
    expect(r.findings.filter((f) => f.code.startsWith('period'))).toEqual([]);
  });
});

describe('a UTF-16 file without its byte-order mark is read in the order its bytes are in', () => {
  const withBom = join(DISTRICTS, 'chi-linh.txt');
  const bytes = readFileSync(withBom);

  it.each([
    ['little-endian', bytes.subarray(2)],
    ['big-endian', Buffer.from(bytes.subarray(2)).swap16()],
  ])('%s: the same unit and figures as the file with its mark', async (_order, body) => {
    expect(bytes[0]).toBe(0xff);
    const reference = (await validate(withBom)).submission!.reports[0]!;
    const r = await validate(writeBytes('chi-linh.txt', body));
    const rep = r.submission!.reports[0]!;
    expect(rep.unit?.value).toBe('Thành phố Chí Linh');
    expect(rep.values.get('so_buoi_tap_huan')?.value).toBe(4);
    expect(rep.values.get('so_nguoi_dan_duoc_huong_dan')?.value).toBe(50644);
    expect([...rep.values].map(([code, v]) => [code, v.value])).toEqual([...reference.values].map(([code, v]) => [code, v.value]));
    expect(r.findings.map((f) => f.code)).toEqual((await validate(withBom)).findings.map((f) => f.code));
  });
});

describe('a formula whose result was never stored is not a 0', () => {
  /** A form written by exceljs with VNeID as the formula D7+D8, its cached result then emptied or kept. */
  async function formulaForm(cached: string): Promise<string> {
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate');
    const path = await writeWorkbook('vneid.xlsx', (wb: ExcelJS.Workbook) => {
      const ws = formSheet(wb, [
        [1, VNEID, 'Tài khoản', 0],
        [2, VNEID_1, 'Tài khoản', 0],
        [3, VNEID_2, 'Tài khoản', 0],
      ]);
      ws.getCell('D6').value = { formula: 'D7+D8', result: 0 } as never;
    });
    const parts = unzipSync(readFileSync(path));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    const cell = /<c r="D6"[^>]*><f>D7\+D8<\/f>(<v>0<\/v>)?<\/c>/.exec(xml);
    expect(cell, xml).not.toBeNull();
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml.replace(cell![0], cell![0].replace(/<\/f>.*<\/c>$/, `</f>${cached}</c>`)));
    return writeBytes('vneid.xlsx', zipSync(parts));
  }

  it('<f>D7+D8</f><v></v>: “no stored result”, an error at D6, and no figure', async () => {
    const r = await validate(await formulaForm('<v></v>'));
    expect(r.findings.filter((f) => f.code === 'value-formula-uncached').map((f) => [f.location?.cell, f.severity])).toEqual([['D6', 'error']]);
    expect(r.submission!.reports[0]!.values.get('so_tai_khoan_vneid')?.value).toBeNull();
  });

  it('<f>D7+D8</f><v>0</v>: a stored 0 is a 0', async () => {
    const r = await validate(await formulaForm('<v>0</v>'));
    expect(r.findings.filter((f) => f.code === 'value-formula-uncached')).toEqual([]);
    expect(r.submission!.reports[0]!.values.get('so_tai_khoan_vneid')).toMatchObject({ value: 0, status: 'ok' });
  });
});
