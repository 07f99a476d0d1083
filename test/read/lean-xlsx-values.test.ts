import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Book, CellContent } from '../../src/model/sheet.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { readXlsxWithExcelJs } from '../../src/read/xlsx-exceljs.js';
import { tempDir, writeWorkbook } from '../support/files.js';

/** The lean reader's book, checked against exceljs's (the reference) on the same bytes. */
async function both(path: string): Promise<Book> {
  const bytes = readFileSync(path);
  const lean = readXlsx(path, bytes);
  expect(lean, path).toEqual(await readXlsxWithExcelJs(path, bytes));
  return lean;
}

const contentAt = (book: Book, ref: string): CellContent | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const column = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return book.sheets[0]!.rows.get(Number(m[2]))?.get(column)?.content;
};

/** A workbook written by exceljs, then one part replaced as another program would write it. */
async function patched(name: string, build: (wb: ExcelJS.Workbook) => void, part: string, change: (xml: string) => string): Promise<string> {
  const path = await writeWorkbook(name, build);
  const parts = unzipSync(readFileSync(path));
  const xml = strFromU8(parts[part]!);
  const changed = change(xml);
  expect(changed, 'the part was changed').not.toBe(xml);
  parts[part] = strToU8(changed);
  const out = join(tempDir(), name);
  writeFileSync(out, zipSync(parts));
  return out;
}

describe('number formats: which numbers are dates (as exceljs decides)', () => {
  it('custom formats with words in quotes, colours and elapsed hours in brackets; built-in ones by number', async () => {
    const formats: [string, string | number][] = [
      ['A1', 'dd/mm/yyyy'],
      ['A2', '#,##0" ngày"'],
      ['A3', '[Red]0'],
      ['A4', '[h]:mm'],
      ['A5', '0" tháng"'],
      ['A6', '"Năm "0'],
      ['A7', 'mmm-yy'],
      ['A8', '#,##0'],
      ['A9', '0.00%'],
      ['A10', 'General'],
    ];
    const path = await writeWorkbook('dinh-dang.xlsx', (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      for (const [ref, fmt] of formats) {
        ws.getCell(ref).value = 45127;
        ws.getCell(ref).numFmt = String(fmt);
      }
    });
    const book = await both(path);
    expect(formats.map(([ref]) => contentAt(book, ref)?.kind)).toEqual([
      'date',
      'number',
      'number',
      'date',
      'number',
      'number',
      'date',
      'number',
      'number',
      'number',
    ]);
    expect(contentAt(book, 'A1')).toEqual({ kind: 'date', iso: '2023-07-20' });
  });

  it('built-in date formats (14, 22) by their number, others (3, 10) not; a custom format may take a built-in’s number', async () => {
    const path = await patched(
      'dinh-dang-san.xlsx',
      (wb) => {
        const ws = wb.addWorksheet('Số liệu');
        ['A1', 'A2', 'A3', 'A4', 'A5'].forEach((ref, i) => {
          ws.getCell(ref).value = 45127;
          ws.getCell(ref).numFmt = ['0.00', '0%', '#,##0.00', '0.0', '0.000'][i]!;
        });
      },
      'xl/styles.xml',
      (xml) =>
        xml
          .replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_m, inner: string) => {
            const xfs = [...inner.matchAll(/<xf [^>]*?(\/>|>[\s\S]*?<\/xf>)/g)].map((x) => x[0]);
            const ids = [0, 14, 22, 3, 10, 165];
            return `<cellXfs count="${xfs.length}">${xfs.map((x, i) => x.replace(/numFmtId="\d+"/, `numFmtId="${ids[i] ?? 0}"`)).join('')}</cellXfs>`;
          })
          .replace(/<numFmts count="\d+">[\s\S]*?<\/numFmts>/, '<numFmts count="1"><numFmt numFmtId="165" formatCode="yyyy"/></numFmts>'),
    );
    const book = await both(path);
    expect(['A1', 'A2', 'A3', 'A4', 'A5'].map((ref) => contentAt(book, ref)?.kind)).toEqual(['date', 'date', 'number', 'number', 'date']);
  });
});

describe('formulas shared among cells, as Excel writes a filled-down column', () => {
  const sheet = (cached: boolean) =>
    patched(
      cached ? 'chung.xlsx' : 'chung-chua-tinh.xlsx',
      (wb) => {
        const ws = wb.addWorksheet('Số liệu');
        ws.getCell('A1').value = 1;
        ws.getCell('A2').value = 2;
        ws.getCell('A3').value = 3;
        ws.getCell('B1').value = 0;
      },
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml.replace(
          /<row r="1"[\s\S]*<\/sheetData>/,
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f>' +
            (cached ? '<v>2</v>' : '') +
            '</c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/>' +
            (cached ? '<v>4</v>' : '') +
            '</c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/>' +
            (cached ? '<v>6</v>' : '<v></v>') +
            '</c><c r="C3"><f>A3+1</f></c></row></sheetData>',
        ),
    );

  it('with their results: each cell its number', async () => {
    const book = await both(await sheet(true));
    expect(['B1', 'B2', 'B3'].map((r) => contentAt(book, r))).toEqual([2, 4, 6].map((value) => ({ kind: 'number', value })));
  });

  it('never calculated: each a formula with no result, named by the cell that holds it', async () => {
    const book = await both(await sheet(false));
    expect(['B1', 'B2', 'B3', 'C3'].map((r) => contentAt(book, r))).toEqual([
      { kind: 'formula', formula: 'A1*2' },
      { kind: 'formula', formula: 'B1' },
      { kind: 'formula', formula: 'B1' },
      { kind: 'formula', formula: 'A3+1' },
    ]);
  });
});

describe('merged ranges: the covered cells give up what they hold', () => {
  it('a block of two rows and three columns, a range in one row, one in one column: each covered cell repeats the first', async () => {
    const path = await patched(
      'gop.xlsx',
      (wb) => {
        const ws = wb.addWorksheet('Số liệu');
        ws.getCell('A1').value = 'x';
      },
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml
          .replace(
            /<sheetData>[\s\S]*<\/sheetData>/,
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nội dung</t></is></c><c r="B1"><v>1</v></c><c r="C1"><v>2</v></c><c r="E1"><v>9</v></c></row>' +
              '<row r="2"><c r="B2"><v>3</v></c><c r="C2"><v>4</v></c><c r="D2"><v>5</v></c></row>' +
              '<row r="3"><c r="A3"><v>7</v></c></row><row r="4"><c r="A4"><v>8</v></c></row></sheetData>',
          )
          .replace('</sheetData>', '</sheetData><mergeCells count="3"><mergeCell ref="A1:C2"/><mergeCell ref="A3:A4"/><mergeCell ref="E1:F1"/></mergeCells>'),
    );
    const book = readXlsx(path, readFileSync(path));
    const s = book.sheets[0]!;
    const grid = [1, 2, 3, 4].map((r) =>
      ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => {
        const cell = s.rows.get(r)?.get(c.charCodeAt(0) - 64);
        return cell
          ? `${cell.content.kind === 'text' ? cell.content.text : cell.content.kind === 'number' ? cell.content.value : '?'}${cell.mergedFrom ? `<${cell.mergedFrom}` : ''}`
          : '';
      }),
    );
    expect(grid).toEqual(
      [
        ['Nội dung', 'Nội dung<A1', 'Nội dung<A1', '', 9, '9<E1'],
        ['Nội dung<A1', 'Nội dung<A1', 'Nội dung<A1', 5, '', ''],
        [7, '', '', '', '', ''],
        ['7<A3', '', '', '', '', ''],
      ].map((r) => r.map(String)),
    );
    expect([s.rowCount, s.columnCount]).toEqual([4, 6]);
    // exceljs gives the same cells.
    expect(book).toEqual(await readXlsxWithExcelJs(path, readFileSync(path)));
  });

  it('a merge whose covered row held the sheet’s last figures: the sheet ends where its cells end', async () => {
    const path = await patched(
      'gop-cuoi.xlsx',
      (wb) => {
        wb.addWorksheet('Số liệu').getCell('A1').value = 'x';
      },
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml
          .replace(
            /<sheetData>[\s\S]*<\/sheetData>/,
            '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>9</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="C2"><v>8</v></c><c r="D2"><v>3</v></c></row></sheetData>',
          )
          .replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>'),
    );
    const s = readXlsx(path, readFileSync(path)).sheets[0]!;
    // D1, C2 and D2 were covered (their 9, 8, 3 dropped); C1, the range's first cell, is empty, so nothing is repeated.
    expect([...s.rows].map(([r, cells]) => [r, [...cells.keys()]])).toEqual([
      [1, [1]],
      [2, [1]],
    ]);
    expect([s.rowCount, s.columnCount]).toEqual([2, 1]);
  });
});

describe('limits inside a workbook', () => {
  const rows = (n: number) =>
    writeWorkbook(`${n}-dong.xlsx`, (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      for (let i = 1; i <= n; i++) ws.getCell(`A${i}`).value = i;
    });

  it('a sheet of exactly the rows allowed is read; one row more is refused, naming the sheet', async () => {
    const limits = { ...DEFAULT_LIMITS, rows: 5 };
    const five = await rows(5);
    expect(readXlsx(five, readFileSync(five), limits).sheets[0]!.rowCount).toBe(5);
    const six = await rows(6);
    expect(() => readXlsx(six, readFileSync(six), limits)).toThrow(
      expect.objectContaining({ code: 'file-too-large', params: expect.objectContaining({ kind: 'rows', size: 6, limit: 5, sheet: 'Số liệu' }) }),
    );
  });

  it('a cell of exactly the characters allowed is read; one more is refused, naming the cell', async () => {
    const limits = { ...DEFAULT_LIMITS, cellChars: 10 };
    const cell = (text: string) => writeWorkbook('o.xlsx', (wb) => (wb.addWorksheet('Số liệu').getCell('B2').value = text));
    const ok = await cell('0123456789');
    expect(contentAt(readXlsx(ok, readFileSync(ok), limits), 'B2')).toEqual({ kind: 'text', text: '0123456789' });
    const long = await cell('0123456789x');
    expect(() => readXlsx(long, readFileSync(long), limits)).toThrow(
      expect.objectContaining({ code: 'file-too-large', params: expect.objectContaining({ kind: 'cell', size: 11, limit: 10, cell: 'Số liệu!B2' }) }),
    );
  });
});

describe('text and other cell types', () => {
  it('shared strings: runs joined, phonetic guides left out, escapes read; booleans and errors', async () => {
    const path = await patched(
      'chuoi.xlsx',
      (wb) => {
        const ws = wb.addWorksheet('Số liệu');
        ws.getCell('A1').value = 'x';
        ws.getCell('A2').value = 'y';
        ws.getCell('A3').value = 'z';
      },
      'xl/sharedStrings.xml',
      (xml) =>
        xml.replace(
          /<si>[\s\S]*<\/sst>/,
          '<si><r><t>Xã </t></r><r><rPr><b/></rPr><t>Tân_x0020_Lập</t></r><rPh sb="0" eb="1"><t>タン</t></rPh></si><si><t>Số liệu</t><rPh sb="0" eb="1"><t>ソ</t></rPh></si><si><t/></si></sst>',
        ),
    );
    const book = await both(path);
    expect(['A1', 'A2', 'A3'].map((r) => contentAt(book, r))).toEqual([{ kind: 'text', text: 'Xã Tân Lập' }, { kind: 'text', text: 'Số liệu' }, undefined]);
  });

  it('booleans written as 1 or true, errors, strings of a formula, and a date past any calendar', async () => {
    const path = await patched(
      'kieu.xlsx',
      (wb) => {
        const ws = wb.addWorksheet('Số liệu');
        ws.getCell('A1').value = 1;
      },
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml.replace(
          /<sheetData>[\s\S]*<\/sheetData>/,
          '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>true</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="b"/><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="e"/>' +
            '<c r="G1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="H1" t="s"/><c r="I1" t="d"/><c r="J1" t="n"><v></v></c></row></sheetData>',
        ),
    );
    const book = readXlsx(path, readFileSync(path));
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'I1', 'J1'].map((r) => contentAt(book, r))).toEqual([
      { kind: 'boolean', value: true },
      { kind: 'boolean', value: true },
      { kind: 'boolean', value: false },
      undefined,
      { kind: 'error', text: '#N/A' },
      undefined,
      { kind: 'text', text: 'ab' },
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('an ISO date must start the text', async () => {
    const path = await patched(
      'ngay.xlsx',
      (wb) => (wb.addWorksheet('Số liệu').getCell('A1').value = 1),
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml.replace(
          /<sheetData>[\s\S]*<\/sheetData>/,
          '<sheetData><row r="1"><c r="A1" t="d"><v>ngày 2023-07-20</v></c><c r="B1" t="d"><v>2023-07-20x</v></c></row></sheetData>',
        ),
    );
    const book = readXlsx(path, readFileSync(path));
    expect([contentAt(book, 'A1'), contentAt(book, 'B1')]).toEqual([
      { kind: 'text', text: 'ngày 2023-07-20' },
      { kind: 'text', text: '2023-07-20x' },
    ]);
  });
});
