import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../src/model/sheet.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { readXlsxWithExcelJs } from '../../src/read/xlsx-exceljs.js';
import { scanXml, XmlFallback } from '../../src/read/xml-scan.js';
import { ROOT } from '../support/cli.js';
import { fixtureWorkbooks, writeWorkbook } from '../support/files.js';

async function same(path: string): Promise<Book> {
  const bytes = readFileSync(path);
  const lean = readXlsx(path, bytes);
  const reference = await readXlsxWithExcelJs(path, bytes);
  expect(lean, path).toEqual(reference);
  return lean;
}

describe('the lean xlsx reader gives exactly what exceljs gives', () => {
  it.each(fixtureWorkbooks().map((p) => [p.slice(ROOT.length)]))('%s', async (rel) => {
    await same(join(ROOT, rel));
  });

  it('on every kind of cell: numbers, text, shared and rich strings, dates, booleans, errors, formulas cached and not, shared formulas, merges, hyperlinks', async () => {
    const path = await writeWorkbook('moi-loai.xlsx', (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      ws.getCell('A1').value = 'Nội dung';
      ws.getCell('B1').value = { richText: [{ text: 'Số ' }, { font: { bold: true }, text: 'liệu' }] };
      ws.getCell('A2').value = 56733;
      ws.getCell('B2').value = '56.733';
      ws.getCell('C2').value = 12.5;
      ws.getCell('A3').value = new Date(Date.UTC(2023, 6, 20));
      ws.getCell('A3').numFmt = 'dd/mm/yyyy';
      ws.getCell('B3').value = true;
      ws.getCell('C3').value = { error: '#REF!' } as never;
      ws.getCell('A4').value = { formula: 'A2+1', result: 56734 } as never;
      ws.getCell('B4').value = { formula: 'SUM(X1:X9)' } as never;
      ws.getCell('C4').value = { formula: 'A2-A2', result: 0 } as never;
      ws.getCell('D4').value = { formula: '"a"&"b"', result: 'ab' } as never;
      ws.getCell('A5').value = { formula: 'A2*2', result: 2, shareType: 'shared', ref: 'A5:A6' } as never;
      ws.getCell('A6').value = { sharedFormula: 'A5', result: 4 } as never;
      ws.getCell('A7').value = { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' } as never;
      ws.getCell('A8').value = 'Hoà';
      ws.getCell('A9').value = 'Tiêu đề gộp';
      ws.mergeCells('A9:D10');
      ws.getCell('F1').value = -5;
      ws.getCell('G20').value = '  ';
      const info = wb.addWorksheet('Thông tin');
      info.addRows([['Đơn vị', 'Huyện Tứ Kỳ'], ['Ngày báo cáo', new Date(Date.UTC(2024, 0, 15))]]);
      info.getCell('B2').numFmt = 'd/m/yyyy';
    });
    const book = await same(path);
    expect(book.sheets[0]!.rows.get(10)?.get(4)?.mergedFrom).toBe('A9');
  });

  it('on a workbook saved with the 1904 date system', async () => {
    const path = await writeWorkbook('1904.xlsx', (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Thông tin');
      ws.getCell('A1').value = 'Ngày báo cáo';
      ws.getCell('B1').value = new Date(Date.UTC(2023, 6, 20));
      ws.getCell('B1').numFmt = 'dd/mm/yyyy';
    });
    await same(path);
  });

  it('on parts the plain XML pass leaves to saxes (a character beyond U+FFFF, a DOCTYPE)', async () => {
    const path = await writeWorkbook('emoji.xlsx', (wb) => {
      const ws = wb.addWorksheet('Ghi chú');
      ws.getCell('A1').value = 'Thuyết minh';
      ws.getCell('B1').value = 'Tập huấn 😀 xong';
      ws.getCell('A2').value = 42;
    });
    await same(path);
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const parts = unzipSync(readFileSync(path));
    expect(() => scanXml(strFromU8(parts['xl/sharedStrings.xml']!), {})).toThrow(XmlFallback);
    // The same sheet with a DOCTYPE: read by saxes, the same cells.
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    parts['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('<worksheet', '<!DOCTYPE worksheet><worksheet'));
    const changed = join(await (await import('../support/files.js')).tempDir(), 'doctype.xlsx');
    (await import('node:fs')).writeFileSync(changed, zipSync(parts));
    const plain = readXlsx(path, readFileSync(path)).sheets[0]!.rows;
    expect(readXlsx(changed, readFileSync(changed)).sheets[0]!.rows.get(1)?.get(2)?.content).toEqual(plain.get(1)?.get(2)?.content);
    expect(plain.get(1)?.get(2)?.content).toEqual({ kind: 'text', text: 'Tập huấn 😀 xong' });
  });

  it('on files of one template read one after another: parts shared word for word are read once, and each file is still read as its own', async () => {
    // Three workbooks with the same sheet: the first as written (B1 a date by its style), the second with the style's
    // number format changed to a plain one (B1 a number), the third with the sheet renamed in workbook.xml.
    const path = await writeWorkbook('mau.xlsx', (wb) => {
      const ws = wb.addWorksheet('Thông tin');
      ws.getCell('A1').value = 'Ngày báo cáo';
      ws.getCell('B1').value = new Date(Date.UTC(2023, 6, 20));
      ws.getCell('B1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B2').value = 45127;
    });
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const { tempDir } = await import('../support/files.js');
    const { writeFileSync } = await import('node:fs');
    const changed = (name: string, part: string, from: string, to: string) => {
      const parts = unzipSync(readFileSync(path));
      const xml = strFromU8(parts[part]!);
      expect(xml).toContain(from);
      parts[part] = strToU8(xml.split(from).join(to));
      const out = join(tempDir(), name);
      writeFileSync(out, zipSync(parts));
      return out;
    };
    const plainNumber = changed('so.xlsx', 'xl/styles.xml', 'formatCode="dd/mm/yyyy"', 'formatCode="0.00"');
    const renamed = changed('ten-khac.xlsx', 'xl/workbook.xml', 'name="Thông tin"', 'name="Thông tin chung"');
    for (const round of [1, 2]) {
      const asDate = await same(path);
      const asNumber = await same(plainNumber);
      const other = await same(renamed);
      expect(asDate.sheets[0]!.rows.get(1)?.get(2)?.content, `round ${round}`).toEqual({ kind: 'date', iso: '2023-07-20' });
      expect(asNumber.sheets[0]!.rows.get(1)?.get(2)?.content.kind, `round ${round}`).toBe('number');
      expect(other.sheets.map((s) => s.name)).toEqual(['Thông tin chung']);
      expect(asDate.sheets.map((s) => s.name)).toEqual(['Thông tin']);
    }
  });

  it('on the outputs cnscd writes (summary workbook, Excel form)', async () => {
    const { formWorkbook } = await import('../../src/render/form-xlsx.js');
    const { loadSchema } = await import('../../src/schema/load.js');
    const { loadFormWording } = await import('../../src/settings/form-wording.js');
    const bytes = await formWorkbook((await loadSchema()).schema, await loadFormWording('vi'), { unit: 'Xã Nam Chính', year: 2024 });
    const path = join(await (await import('../support/files.js')).tempDir(), 'form.xlsx');
    (await import('node:fs')).writeFileSync(path, bytes);
    await same(path);
    void ExcelJS;
  });
});
