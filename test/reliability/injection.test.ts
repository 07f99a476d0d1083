import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../src/render/xml-safe.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const HOSTILE_NAMES = [
  '=HYPERLINK("http://lua-dao.example","Bấm vào đây")',
  '+84 Xã Cộng',
  '-Xã Trừ',
  '@SUM(A1:A9)',
  'Xã\u0007 Chuông\u0001',
  'Xã \u001b[2JXoá màn hình',
  'Xã \uD800Lẻ',
];
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/;

describe('nothing from a submission is injected into the outputs', () => {
  it('writes names that look like formulas as text, and strips what XML forbids, so Word and Excel open the files', async () => {
    const dir = join(tempDir(), 'bao-cao');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    HOSTILE_NAMES.forEach((name, i) => {
      writeFileSync(
        join(dir, `x${i}.csv`),
        `Đơn vị;${name.replace(/;/g, ',')}\r\nKỳ báo cáo;Năm 2023\r\n\r\nSTT;Nội dung;Số liệu\r\n1;Số người dân được hướng dẫn;${i + 1}\r\n`,
      );
    });
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b[2J');
    const docx = await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')));
    for (const name of Object.keys(docx.files).filter((n) => n.endsWith('.xml'))) {
      expect(FORBIDDEN.test(await docx.file(name)!.async('string')), name).toBe(false);
    }
    const doc = await docx.file('word/document.xml')!.async('string');
    expect(doc).toContain('=HYPERLINK(&quot;http://lua-dao.example&quot;,&quot;Bấm vào đây&quot;)');
    expect(doc).toContain('Xã Chuông');
    const xlsx = await JSZip.loadAsync(readFileSync(join(out, 'tong-hop.xlsx')));
    for (const name of Object.keys(xlsx.files).filter((n) => n.endsWith('.xml'))) {
      expect(FORBIDDEN.test(await xlsx.file(name)!.async('string')), name).toBe(false);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    const ws = wb.getWorksheet('Tổng hợp')!;
    const names: unknown[] = [];
    for (let row = 5; row < 5 + HOSTILE_NAMES.length; row++) names.push(ws.getCell(row, 3).value);
    expect(names).toContain('=HYPERLINK("http://lua-dao.example","Bấm vào đây")');
    expect(names).toContain('@SUM(A1:A9)');
    const sheetXml = await xlsx.file('xl/worksheets/sheet1.xml')!.async('string');
    expect((sheetXml.match(/<f>/g) ?? []).length).toBe(1); // only the Tổng cộng SUM this tool writes
  });

  it('xmlSafe keeps every Vietnamese letter and emoji, and drops only forbidden characters', () => {
    expect(xmlSafe('Xã Đông Hưng 🌾\tA\nB')).toBe('Xã Đông Hưng 🌾\tA\nB');
    expect(xmlSafe('a\u0000b\u000Bc\uFFFEd\uD800e\uDC00f')).toBe('abcdef');
  });
});
