import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { copyDistricts, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

// Every place that says why a unit or a file was not counted gives the true reason: two differing versions are not
// "errors", an identical copy is not "errors", and of identical copies the original is the one counted.
describe('why a report was not counted', () => {
  it('is said truly in the report, the terminal, the Nguồn sheet and the JSON; the original of two copies counts', async () => {
    const dir = copyDistricts();
    // Gia Lộc sent twice with one figure changed (neither has an error); Tứ Kỳ's file saved again as a copy.
    const gia = readFileSync(join(dir, 'gia-loc-1258.csv'));
    writeFileSync(join(dir, 'gia-loc-sua.csv'), Buffer.from(gia.toString('latin1').replace(',438\r', ',439\r'), 'latin1'));
    copyFileSync(join(dir, 'Tu Ky.xlsx'), join(dir, 'Tu Ky (ban sao).xlsx'));
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chưa tổng hợp (có hai bản khác nhau): Huyện Gia Lộc.');
    expect(r.stdout).not.toContain('còn lỗi');

    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    const file = (path: string) => json.files.find((f: { path: string }) => f.path === path);
    expect(file('gia-loc-1258.csv')).toMatchObject({ status: 'not-counted', reason: 'conflict', errors: 1 });
    expect(file('gia-loc-sua.csv')).toMatchObject({ status: 'not-counted', reason: 'conflict', errors: 1 });
    expect(file('Tu Ky.xlsx')).toMatchObject({ status: 'counted', errors: 0 });
    expect(file('Tu Ky (ban sao).xlsx')).toMatchObject({ status: 'not-counted', reason: 'repeated', errors: 0 });
    expect(json.notCounted).toEqual([
      { name: 'Huyện Gia Lộc', file: 'gia-loc-1258.csv', reason: 'conflict' },
      { name: 'Huyện Gia Lộc', file: 'gia-loc-sua.csv', reason: 'conflict' },
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    const status = new Map<string, string>();
    wb.getWorksheet('Nguồn')!.eachRow((row) => status.set(String(row.getCell(1).value), String(row.getCell(4).value)));
    expect(status.get('Tu Ky (ban sao).xlsx')).toBe('chưa tổng hợp (trùng với bản đã tính)');
    expect(status.get('gia-loc-sua.csv')).toBe('chưa tổng hợp (có hai bản khác nhau)');
    expect(status.get('Tu Ky.xlsx')).toBe('đã tổng hợp');

    const doc = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const text = doc.replace(/<[^>]+>/g, '');
    expect(text).toContain(
      'Chưa tổng hợp số liệu của 1 đơn vị do đơn vị gửi hai bản báo cáo có số liệu khác nhau (đề nghị đơn vị xác nhận bản đúng): Huyện Gia Lộc.',
    );
    expect(text).not.toContain('do báo cáo còn lỗi');
    // The official report names no file, cell or code; the clerk's check list has them, the unit to call first.
    expect(text).not.toMatch(/\.csv|\.xlsx|dòng \d|Số liệu!|unit-conflict/);
    const checks = await (await JSZip.loadAsync(readFileSync(join(out, 'kiem-tra.docx')))).file('word/document.xml')!.async('string');
    const lines = [...checks.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, '')).filter(Boolean);
    expect(lines[0]).toBe('DANH SÁCH CẦN KIỂM TRA TRƯỚC KHI TRÌNH KÝ');
    expect(lines[3]).toBe('1. Huyện Gia Lộc — Chưa tổng hợp: có hai bản khác nhau');
    expect(lines[4]).toMatch(/^- gia-loc-1258\.csv, dòng 1, cột 1: .*“Số người dân được hướng dẫn” 438 \/ 439\./);
  });
});
