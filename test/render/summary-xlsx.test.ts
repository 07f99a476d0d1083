import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, DISTRICTS, ROSTER, total } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir, validate } from '../support/files.js';

describe('tong-hop.xlsx', () => {
  let out = '';
  beforeAll(() => {
    out = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', out]).code).toBe(0);
  });

  it('has a row per unit and a Tổng cộng row of SUM formulas with their results stored', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Kiểm tra', 'Nguồn', 'Thuyết minh', 'Sản phẩm', 'Phân loại']);
    // The districts' own words and products, as their forms' Thuyết minh sheets gave them.
    const notes = wb.getWorksheet('Thuyết minh')!;
    expect(notes.rowCount).toBe(7);
    expect(notes.getRow(5).values).toEqual([
      undefined,
      4,
      'Tồn tại, hạn chế',
      'Huyện Ninh Giang',
      'Một số thành viên Tổ cấp thôn còn lúng túng khi hướng dẫn người dân cài đặt, kích hoạt VNeID mức độ 2.',
    ]);
    expect(wb.getWorksheet('Sản phẩm')!.getRow(2).values).toEqual([
      undefined,
      1,
      'Danh sách sản phẩm OCOP đưa lên sàn TMĐT',
      'Bánh gai Ninh Giang',
      2,
      'Huyện Tứ Kỳ, Huyện Ninh Giang',
    ]);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    const col = header.indexOf('Số người dân được hướng dẫn') + 1;
    expect(col).toBeGreaterThan(3);
    expect(ws.getCell(5, 3).value).toBe('Thành phố Hải Dương');
    expect(ws.getCell(5, 2).value).toBe('288');
    const totalRow = 5 + 12;
    expect(ws.getCell(totalRow, 3).value).toBe('Tổng cộng');
    const letter = ws.getColumn(col).letter;
    expect(ws.getCell(totalRow, col).value).toEqual({ formula: `SUM(${letter}5:${letter}16)`, result: 316105 });
    // The report's chart, as a picture under the table.
    expect(ws.getImages()).toHaveLength(1);
    // Not reported stays empty, never 0.
    const ocop = header.indexOf('Số sản phẩm OCOP của địa phương') + 1;
    expect(ws.getCell(5, ocop).value).toBeNull();
  });

  it('prints each sheet landscape, one page wide, its header rows on every page and frozen on screen', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'tong-hop.xlsx')));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of sheets) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(xml, name).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml, name).toMatch(/<pane ySplit="\d+" [^>]*state="frozen"\/>/);
    }
    // The header rows repeated on every printed page: Tổng hợp's four, one on each list.
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$1:$4</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Kiểm tra'!$1:$1</definedName>`);
    // STT and the unit's code are centred, so "1" and "288" never read as one number, 1 288.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    const first = wb.getWorksheet('Tổng hợp')!.getRow(5);
    expect([first.getCell(1).alignment?.horizontal, first.getCell(2).alignment?.horizontal]).toEqual(['center', 'center']);
  });

  it('lists every finding on Kiểm tra and every file with its sha256 on Nguồn', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    const checks = wb.getWorksheet('Kiểm tra')!;
    const a = await aggregate(DISTRICTS, { roster: ROSTER });
    expect(checks.rowCount).toBe(1 + a.findings.length);
    const sources = wb.getWorksheet('Nguồn')!;
    const rows = sources.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1])).toContain('ninh-giang.xlsx');
    // The settings file in the folder is the one the report was made with: named as used, not as skipped.
    expect(rows.find((r) => r[1] === 'cnscd.config.json')?.[4]).toBe('cấu hình báo cáo đã dùng');
    expect(rows.filter((r) => /^[0-9a-f]{64}$/.test(String(r[7])))).toHaveLength(12);
    // Each file's format, as a clerk names it.
    expect(sources.getRow(1).getCell(2).value).toBe('Định dạng');
    expect(rows.find((r) => r[1] === 'ninh-giang.xlsx')?.[2]).toBe('Excel (.xlsx)');
    expect(rows.find((r) => r[1] === 'cam-giang.csv')?.[2]).toBe('CSV (văn bản)');
  });

  it('is itself a valid table-layout submission for the level above, with the same figures', async () => {
    const r = await validate(join(out, 'tong-hop.xlsx'));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.submission?.layout).toBe('table');
    expect(r.submission?.reports).toHaveLength(12);
    expect(r.submission?.reports[0]?.period?.value.key).toBe('2023-H1');
    // The province's folder receives it from the district level: it is a submission there, not an earlier output.
    const above = join(tempDir(), 'tinh');
    mkdirSync(above);
    copyFileSync(join(out, 'tong-hop.xlsx'), join(above, 'hai-duong.xlsx'));
    const a = await aggregate(above, { roster: ROSTER });
    expect(a.skipped).toEqual([]);
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 316105, reported: 12 });
    expect(total(a, 'so_san_pham_ocop')).toEqual({ value: 162, reported: 10 });
  });
});

describe('tong-hop.xlsx cells past what Excel holds (32,767 characters)', () => {
  it('name as many units as fit and count the rest; any other text is cut with “…”; the file reads back whole', async () => {
    const a = await aggregate(DISTRICTS);
    // A product listed by three thousand communes, and a finding whose message quotes 40,000 characters.
    const units = Array.from({ length: 3000 }, (_, i) => `Xã Tân Lập ${i + 1}`);
    a.products = [{ section: 'ds_ocop_len_san', items: [{ name: 'Mật ong', units }] }];
    a.findings = [
      {
        code: 'value-not-number',
        severity: 'error',
        file: join(DISTRICTS, 'nam-sach.xlsx'),
        params: { label: 'Số buổi hội nghị, tập huấn, hướng dẫn', raw: 'x'.repeat(40_000) },
      },
    ];
    const dir = tempDir();
    const file = join(dir, 'tong-hop.xlsx');
    const { summaryWorkbook } = await import('../../src/render/summary-xlsx.js');
    const { loadSchema } = await import('../../src/node/load-schema.js');
    writeFileSync(file, await summaryWorkbook(a, (await loadSchema()).schema, new Date(Date.UTC(2023, 7, 8)), 'vi'));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const row = wb.getWorksheet('Sản phẩm')!.getRow(2);
    expect(row.getCell(4).value).toBe(3000);
    const named = String(row.getCell(5).value);
    expect(named.length).toBeLessThanOrEqual(32_767);
    const [list, rest] = named.split(' … và ');
    const shown = list!.split(', ');
    expect(shown).toEqual(units.slice(0, shown.length));
    expect(rest).toBe(`${(3000 - shown.length).toLocaleString('vi-VN')} đơn vị khác (đủ trong tong-hop.json)`);
    expect(shown.length).toBeGreaterThan(1900);
    const message = String(wb.getWorksheet('Kiểm tra')!.getRow(2).getCell(9).value);
    expect(message).toHaveLength(32_767);
    expect(message.endsWith('xxx…')).toBe(true);
    // The tool's own reader, which refuses a cell past Excel's limit, reads it as the level above would.
    const r = await validate(file);
    expect(r.findings.filter((f) => f.code === 'file-too-large')).toEqual([]);
    expect(r.submission?.reports).toHaveLength(12);
  });
});
