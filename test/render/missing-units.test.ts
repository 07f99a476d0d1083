import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir, validate } from '../support/files.js';

/** Hải Dương's roster and `extra` more units that send nothing ("Xã Chưa Gửi 1" …), as a roster file. */
function rosterWith(extra: number): string {
  const roster = JSON.parse(readFileSync(ROSTER, 'utf8')) as { donVi: object[] };
  for (let i = 1; i <= extra; i++) roster.donVi.push({ ma: String(90000 + i), ten: `Xã Chưa Gửi ${i}`, loai: 'xã', capTren: 'Tỉnh Hải Dương' });
  const path = join(tempDir(), 'don-vi.json');
  writeFileSync(path, JSON.stringify(roster));
  return path;
}

describe('units of the roster that sent nothing, however many', () => {
  let out = '';
  let stdout = '';
  beforeAll(() => {
    out = tempDir();
    const r = cnscd(['aggregate', DISTRICTS, '--roster', rosterWith(75), '--out', out]);
    expect(r.code).toBe(0);
    stdout = r.stdout;
  });

  it('are named up to 50 in the terminal, the rest counted, with where to find them all', () => {
    expect(stdout).toContain('Đã báo cáo: 12/87 đơn vị');
    const line = stdout.slice(stdout.indexOf('Chưa báo cáo (75 đơn vị): Xã Chưa Gửi 1, Xã Chưa Gửi 2,'), stdout.indexOf('--json.') + 7).replace(/\n\s+/g, ' ');
    expect(line).toMatch(/Xã Chưa Gửi 49, Xã Chưa Gửi 50 và 25 đơn vị khác — danh sách đầy đủ ở trang “Chưa báo cáo” của tong-hop\.xlsx, hoặc --json\.$/);
    expect(stdout).not.toContain('Xã Chưa Gửi 51');
  });

  it('are named up to 60 in the report, the rest counted', async () => {
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toMatch(/Chưa báo cáo \(75 đơn vị\): Xã Chưa Gửi 1, .*, Xã Chưa Gửi 60 và 15 đơn vị khác \(chi tiết tại Phụ lục\)\./);
    // The text names 60; the appendix has every unit of the roster a row, those not heard from marked so.
    const body = text.slice(0, text.lastIndexOf('Phụ lục'));
    expect(body).not.toContain('Xã Chưa Gửi 61');
    expect(text.slice(text.lastIndexOf('Phụ lục'))).toContain('Xã Chưa Gửi 75\nChưa báo cáo');
  });

  it('are all on the workbook’s Chưa báo cáo sheet, and the workbook still reads as a submission for the level above', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kiểm tra', 'Nguồn', 'Chưa báo cáo', 'Thuyết minh', 'Sản phẩm', 'Phân loại']);
    const sheet = wb.getWorksheet('Chưa báo cáo')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Mã', 'Đơn vị']);
    expect(sheet.rowCount).toBe(76);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, '90001', 'Xã Chưa Gửi 1']);
    expect(sheet.getRow(76).values).toEqual([undefined, 75, '90075', 'Xã Chưa Gửi 75']);
    const r = await validate(join(out, 'tong-hop.xlsx'));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.submission?.reports).toHaveLength(12);
  });

  it('leave the workbook without the sheet when every unit reported', async () => {
    const all = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', all]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(all, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kiểm tra', 'Nguồn', 'Thuyết minh', 'Sản phẩm', 'Phân loại']);
  });
});

describe('units left out for errors, however many', () => {
  it('are named up to 50 in the terminal and 60 in the report, the rest counted', async () => {
    const dir = join(tempDir(), 'xa');
    mkdirSync(dir);
    const form = (unit: string) =>
      `Đơn vị: ${unit}\nKỳ báo cáo: Năm 2025\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;-5\n`;
    for (let i = 1; i <= 70; i++) writeFileSync(join(dir, `loi-${String(i).padStart(2, '0')}.csv`), form(`Xã Lỗi ${String(i).padStart(2, '0')}`));
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--out', out]);
    expect(r.code).toBe(1);
    const line = r.stdout.slice(r.stdout.indexOf('Chưa tổng hợp (còn lỗi; 70 đơn vị): Xã Lỗi 01,')).replace(/\n\s+/g, ' ');
    expect(line).toMatch(/^[^\n]*Xã Lỗi 50 và 20 đơn vị khác — từng tệp ở trang “Nguồn” của tong-hop\.xlsx, hoặc --json\./);
    expect(r.stdout).not.toContain('Xã Lỗi 51');
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toMatch(
      /Chưa tổng hợp số liệu của 70 đơn vị do báo cáo còn lỗi \(đề nghị đơn vị sửa và gửi lại\): Xã Lỗi 01, .*, Xã Lỗi 60 và 10 đơn vị khác \(chi tiết tại Phụ lục\)\./,
    );
  });
});
