import ExcelJS from 'exceljs';
import { strToU8, Zip, ZipDeflate } from 'fflate';
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

/** A file of every kind `validate` reads: workbooks, CSV in four encodings, text, Word, .xls, .ods, a web page's .xls. */
export const EVERY_KIND = [
  'fixtures/hai-duong-2023/nam-sach.xlsx',
  'fixtures/hai-duong-2023/Tu Ky.xlsx',
  'fixtures/hai-duong-2023/kim-thanh-tcvn3.csv',
  'fixtures/hai-duong-2023/binh-giang-vni.csv',
  'fixtures/hai-duong-2023/gia-loc-1258.csv',
  'fixtures/hai-duong-2023/chi-linh.txt',
  'fixtures/hai-duong-phu-luc-2023.xlsx',
  'fixtures/word/tu-ky-6-thang-2023.docx',
  'fixtures/word/kinh-mon-tcvn3.docx',
  'fixtures/legacy/tu-ky.xls',
  'fixtures/legacy/nam-sach.ods',
  'fixtures/legacy/tu-ky-trang-web.xls',
];

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

/**
 * A zip bomb in the shape of a document: the `small` parts as given (a content type, a workbook part), then `big`, a
 * part of `megabytes` of zeros, streamed so that the file is a few MB on disk whatever it inflates to.
 */
export function zipBomb(path: string, small: Record<string, string>, big: string, megabytes: number): void {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, text] of Object.entries(small)) {
    const f = new ZipDeflate(name, { level: name === 'mimetype' ? 0 : 1 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const part = new ZipDeflate(big, { level: 9 });
  zip.add(part);
  const chunk = new Uint8Array(16 * 1024 * 1024);
  const n = Math.max(1, Math.round(megabytes / 16));
  for (let i = 0; i < n; i++) part.push(chunk, i === n - 1);
  zip.end();
  writeFileSync(path, Buffer.concat(parts));
}
