import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { disjointValidations } from '../../src/render/form-xlsx.js';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { codes, tempDir, validate } from '../support/files.js';

function makeForm(args: string[] = []): string {
  const path = join(tempDir(), 'bieu-mau.xlsx');
  const r = cnscd(['template', '--out', path, ...args]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('19 chỉ tiêu');
  return path;
}

describe('cnscd template', () => {
  it('writes a form that, sent back empty, is a blank form: one error of its own, not a report', async () => {
    const r = await validate(makeForm(['--unit', 'Huyện Tứ Kỳ', '--period', '6 tháng đầu năm 2023']));
    expect(r.submission?.layout).toBe('form');
    expect(r.submission?.reports[0]?.unit?.value).toBe('Huyện Tứ Kỳ');
    expect(r.submission?.reports[0]?.period?.value.key).toBe('2023-H1');
    expect(codes(r)).toEqual(['report-empty']);
    expect(r.findings[0]).toMatchObject({ severity: 'error', params: { count: 19 } });
    const run = cnscd(['validate', join(tempDir(), 'x'), '--json']);
    expect(run.code).toBe(2);
  });

  it('writes each validation over ranges that do not overlap, and a guide that asks for what the validation takes', async () => {
    const zip = await JSZip.loadAsync(readFileSync(makeForm()));
    const sheet = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    const rules = [...sheet.matchAll(/<dataValidation\b[^>]*type="whole"[^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    // One whole-number rule, over the nineteen value cells, each once (exceljs wrote "E10:E22 … E4:E22").
    expect(rules).toEqual(['E4:E22']);
    expect(
      disjointValidations(
        '<dataValidations count="2"><dataValidation type="whole" sqref="E10:E22"/><dataValidation type="whole" sqref="E4:E22 E24"/></dataValidations>',
      ),
    ).toBe('<dataValidations count="1"><dataValidation type="whole" sqref="E4:E22 E24"/></dataValidations>');
    // The guide no longer promises that 1.234 is taken: on a PC set to English that is a decimal the rule refuses.
    const guide = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(`${guide}${strings}`).not.toContain('1.234 đều được');
    expect(strings).toContain('gõ liền không có dấu chấm hay dấu phẩy: 1234');
  });

  it('never overwrites a form already there unless --force is given', () => {
    const dir = tempDir();
    const path = join(dir, 'bieu-mau.xlsx');
    writeFileSync(path, 'đã điền');
    const r = cnscd(['template', '--out', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không ghi đè');
    expect(readFileSync(path, 'utf8')).toBe('đã điền');
    expect(cnscd(['template', '--out', path, '--force']).code).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  it('sent back empty by a unit of the roster, leaves that unit among those that have not reported', () => {
    const dir = tempDir();
    for (const name of readdirSync(DISTRICTS)) if (name !== 'thanh-ha.xlsx') copyFileSync(join(DISTRICTS, name), join(dir, name));
    expect(cnscd(['template', '--unit', 'Huyện Thanh Hà', '--period', '6 tháng đầu năm 2023', '--out', join(dir, 'thanh-ha.xlsx')]).code).toBe(0);
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.units.map((u: { name: string }) => u.name)).not.toContain('Huyện Thanh Hà');
    expect(json.missing.map((u: { name: string }) => u.name)).toEqual(['Huyện Thanh Hà']);
    expect(json.notCounted).toEqual([]);
    expect(json.files.find((f: { path: string }) => f.path === 'thanh-ha.xlsx')).toMatchObject({ status: 'not-counted', reason: 'empty', errors: 1 });
    expect(r.stdout).toContain('Đã báo cáo: 11/12');
    expect(r.stdout).toContain('Chưa báo cáo: Huyện Thanh Hà.');
  });

  it('validates clean once a clerk fills it: numbers typed as text, Vietnamese thousands, one cell left empty', async () => {
    const path = makeForm(['--period', '2023-H1']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('Thông tin')!.getCell('B2').value = 'Huyện Tứ Kỳ';
    wb.getWorksheet('Thông tin')!.getCell('B4').value = '20/7/2023';
    const ws = wb.getWorksheet('Số liệu')!;
    const byCode = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (typeof row.getCell(2).value === 'string') byCode.set(row.getCell(2).value as string, n);
    });
    const fill: Record<string, string | number> = {
      so_to_cap_xa: 23,
      so_to_cap_thon: '105',
      so_thon_kdc: 105,
      so_thanh_vien: '615',
      so_nhom_zalo: 129,
      so_ho_gia_dinh: '58.076',
      so_buoi_tap_huan: 23,
      so_thanh_vien_duoc_tap_huan: 615,
      so_nguoi_dan_duoc_huong_dan: '17.250',
      so_tai_khoan_dvctt: 15352,
      so_tai_khoan_ttkdtm: 0,
      so_tai_khoan_vneid: '75.994',
      so_tai_khoan_vneid_muc_1: 4621,
      so_tai_khoan_vneid_muc_2: '71 373',
      so_chu_ky_so: 12,
      so_san_pham_ocop: 11,
      so_ocop_len_san: 9,
      so_san_pham_khac_len_san: 4,
    };
    for (const [code, v] of Object.entries(fill)) ws.getCell(byCode.get(code)!, 5).value = v;
    const notes = wb.getWorksheet('Thuyết minh')!;
    notes.getCell('B5').value = 'Gạo bãi rươi; Chả rươi';
    const filled = join(tempDir(), 'Tu Ky da dien.xlsx');
    await wb.xlsx.writeFile(filled);
    const r = await validate(filled);
    expect(r.findings.map((f) => [f.code, f.indicator])).toEqual([['value-empty', 'so_diem_wifi']]);
    expect(r.submission?.reports[0]?.values.get('so_ho_gia_dinh')?.value).toBe(58076);
    expect(r.submission?.reports[0]?.values.get('so_tai_khoan_vneid_muc_2')?.value).toBe(71373);
    expect(r.submission?.notes.find((n) => n.key === 'ds_ocop_len_san')?.items).toEqual(['Gạo bãi rươi', 'Chả rươi']);
  });

  it('locks the layout without a password, leaves only value and note cells open, and checks each value', async () => {
    const path = makeForm();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Thông tin', 'Số liệu', 'Thuyết minh']);
    const sheetXml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).not.toContain('hashValue');
    const ws = wb.getWorksheet('Số liệu')!;
    expect(ws.getCell('E4').protection?.locked).toBe(false);
    expect(ws.getCell('C4').protection?.locked).not.toBe(false);
    expect(ws.getCell('E4').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showInputMessage: true,
      showErrorMessage: true,
    });
    const period = wb.getWorksheet('Thông tin')!.getCell('B3').dataValidation;
    expect(period.type).toBe('list');
    expect(period.formulae[0]).toContain('6 tháng đầu năm');
    expect(period.formulae[0]).toContain('Quý III/');
  });

  it('is the same bytes for the same options, and refuses a name that is not .xlsx', () => {
    const a = makeForm(['--period', '2024-Q3']);
    const b = makeForm(['--period', '2024-Q3']);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const bad = cnscd(['template', '--out', join(tempDir(), 'bieu-mau.xls')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('phải là tệp .xlsx');
  });
});
