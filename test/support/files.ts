import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSchema } from '../../src/node/load-schema.js';
import type { Matcher } from '../../src/schema/matcher.js';
import type { FileResult } from '../../src/model/file-result.js';
import { validateFile } from '../../src/node/check-file.js';
import { ROOT } from './cli.js';

/** Every workbook under fixtures/, at any depth. */
export function fixtureWorkbooks(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.xlsx$/i.test(e.name)) out.push(join(dir, e.name));
    }
  };
  walk(join(ROOT, 'fixtures'));
  return out;
}

export function tempDir(prefix = 'cnscd-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write a workbook built by `build` to a temp file; returns its path. */
export async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void, dir = tempDir()): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export function writeBytes(name: string, bytes: Uint8Array | string, dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A form as a district writes it: title, info lines, header, then the rows given. */
export function formSheet(
  wb: ExcelJS.Workbook,
  rows: (string | number | null)[][],
  info: string[] = ['Đơn vị: Huyện Tứ Kỳ', 'Kỳ báo cáo: 6 tháng đầu năm 2023'],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['BIỂU SỐ LIỆU HOẠT ĐỘNG TỔ CNSCĐ']);
  for (const line of info) ws.addRow([line]);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu', 'Ghi chú']);
  for (const r of rows) ws.addRow(r);
  return ws;
}

let matcher: Promise<Matcher> | undefined;
export function defaultMatcher(): Promise<Matcher> {
  matcher ??= loadSchema().then((s) => s.matcher);
  return matcher;
}

export async function validate(path: string, options: Parameters<typeof validateFile>[2] = {}): Promise<FileResult> {
  return validateFile(path, await defaultMatcher(), options);
}

export function codes(r: FileResult): string[] {
  return r.findings.map((f) => f.code);
}
