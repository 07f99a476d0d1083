import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellAt, cellText } from '../../src/model/sheet.js';
import { readBook } from '../../src/node/read-file.js';
import { ReadError } from '../../src/read/index.js';
import { tempDir, writeBytes, writeWorkbook } from '../support/files.js';

async function readError(path: string): Promise<ReadError> {
  try {
    await readBook(path);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

/** The first bytes of an OLE compound file (what .xls and encrypted .xlsx are). */
function cfb(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(512)]);
}

describe('files that are not what their name says, or that cnscd does not read', () => {
  it('says what each one is and what to do, never a stack trace', async () => {
    const dir = tempDir();
    const xlsx = await writeWorkbook('real.xlsx', (wb) => wb.addWorksheet('A').addRow(['x']), dir);
    const cases: [string, Uint8Array | string, string, Record<string, unknown>?][] = [
      ['old.xls', cfb('Workbook'), 'file-xls'],
      ['locked.xlsx', cfb('EncryptionInfo'), 'file-encrypted'],
      // An .ods is read now: one that is only the start of a zip is damaged; one named .xlsx is to be renamed.
      ['calc.ods', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), 'file-corrupt'],
      [
        'renamed.ods.xlsx',
        Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]),
        'file-wrong-type',
        { what: 'ods', rename: '.ods' },
      ],
      ['scan.xlsx', '%PDF-1.7\n...', 'file-wrong-type', { what: 'pdf' }],
      // A web page named .xls is what web systems export, and is read; under another name it is a web page.
      ['export.xlsx', '<html><body><table><tr><td>1</td></tr></table></body></html>', 'file-wrong-type', { what: 'html' }],
      ['text.xlsx', 'Nội dung,Số liệu\nA,1\n', 'file-wrong-type', { what: 'text', rename: '.csv' }],
      ['book.csv', readFileSync(xlsx), 'file-wrong-type', { what: 'xlsx', rename: '.xlsx' }],
      ['book.xls', readFileSync(xlsx), 'file-wrong-type', { what: 'xlsx', rename: '.xlsx' }],
      ['image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]), 'file-wrong-type', { what: 'binary' }],
      ['empty.csv', '', 'file-empty'],
      ['report.doc', 'whatever', 'file-unsupported', { ext: '.doc' }],
      ['report.docx', 'whatever', 'file-wrong-type', { what: 'text' }],
      ['book.docx', readFileSync(xlsx), 'file-wrong-type', { what: 'xlsx' }],
      ['truncated.xlsx', readFileSync(xlsx).subarray(0, 600), 'file-corrupt'],
    ];
    for (const [name, bytes, code, params] of cases) {
      const e = await readError(writeBytes(name, bytes, dir));
      expect(e.code, name).toBe(code);
      if (params) expect(e.params, name).toMatchObject(params);
    }
    expect((await readError(`${dir}/missing.xlsx`)).code).toBe('file-not-found');
  });
});

describe('reading workbooks with exceljs', () => {
  it('reads every sheet: cached formula results, rich text, merged cells, numbers stored as text, dates and errors', async () => {
    const path = await writeWorkbook('features.xlsx', (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      ws.getCell('A1').value = 'Tiêu đề trải dài';
      ws.mergeCells('A1:C2');
      ws.getCell('A3').value = { formula: 'B3+C3', result: 75994 } as never;
      ws.getCell('B3').value = { formula: 'SUM(X1:X9)' } as never;
      ws.getCell('C3').value = { richText: [{ text: 'Số tài khoản ' }, { font: { bold: true }, text: 'VNeID' }] } as never;
      ws.getCell('A4').value = '56.733';
      ws.getCell('B4').value = new Date(Date.UTC(2023, 6, 20));
      ws.getCell('C4').value = { error: '#REF!' } as never;
      ws.getCell('A5').value = 'Hoa\u0300'; // NFD, as a Mac writes it
      wb.addWorksheet('Thông tin').addRow(['Đơn vị', 'Huyện Tứ Kỳ']);
    });
    const book = await readBook(path);
    expect(book.sheets.map((s) => s.name)).toEqual(['Số liệu', 'Thông tin']);
    const s = book.sheets[0]!;
    expect(cellAt(s, 2, 3)?.content).toEqual({ kind: 'text', text: 'Tiêu đề trải dài' });
    expect(cellAt(s, 2, 3)?.mergedFrom).toBe('A1');
    expect(cellAt(s, 1, 1)?.mergedFrom).toBeUndefined();
    expect(cellAt(s, 3, 1)?.content).toEqual({ kind: 'number', value: 75994 });
    expect(cellAt(s, 3, 2)?.content).toEqual({ kind: 'formula', formula: 'SUM(X1:X9)' });
    expect(cellText(cellAt(s, 3, 3))).toBe('Số tài khoản VNeID');
    expect(cellAt(s, 4, 1)?.content).toEqual({ kind: 'text', text: '56.733' });
    expect(cellAt(s, 4, 2)?.content).toEqual({ kind: 'date', iso: '2023-07-20' });
    expect(cellAt(s, 4, 3)?.content).toEqual({ kind: 'error', text: '#REF!' });
    expect(cellText(cellAt(s, 5, 1))).toBe('Hoà');
    expect(cellAt(s, 3, 1)?.origin).toEqual({ file: path, sheet: 'Số liệu', cell: 'A3' });
  });

  it('keeps a formula whose cached result is 0 as the count 0 (exceljs hides that result)', async () => {
    const path = await writeWorkbook('tong.xlsx', (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      ws.getCell('A1').value = 0;
      ws.getCell('A2').value = { formula: 'SUM(A1:A1)', result: 0 } as never;
    });
    const book = await readBook(path);
    expect(cellAt(book.sheets[0]!, 2, 1)?.content).toEqual({ kind: 'number', value: 0 });
  });
});
