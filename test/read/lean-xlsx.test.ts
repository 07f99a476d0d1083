import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../src/model/sheet.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { readXlsxWithExcelJs } from '../../src/read/xlsx-exceljs.js';
import { scanXml, XmlFallback } from '../../src/read/xml-scan.js';
import { ROOT } from '../support/cli.js';
import { codes, fixtureWorkbooks, formSheet, tempDir, validate, writeWorkbook } from '../support/files.js';

async function same(path: string): Promise<Book> {
  const bytes = readFileSync(path);
  const lean = readXlsx(path, bytes);
  const reference = await readXlsxWithExcelJs(path, bytes);
  expect(lean, path).toEqual(reference);
  return lean;
}

/**
 * A workbook whose one sheet holds `sheetData` (rows as written here: what exceljs would not write, such as cells
 * without their reference, ISO-text dates, inline strings in runs), the other parts as exceljs writes them.
 */
async function withSheetData(name: string, sheetData: string): Promise<string> {
  const { zipSync, unzipSync, strToU8 } = await import('fflate');
  const path = await writeWorkbook(name, (wb) => {
    wb.addWorksheet('Số liệu').getCell('A1').value = 'x';
  });
  const parts = unzipSync(readFileSync(path));
  parts['xl/worksheets/sheet1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  const out = join(tempDir(), name);
  writeFileSync(out, zipSync(parts));
  return out;
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
      info.addRows([
        ['Đơn vị', 'Huyện Tứ Kỳ'],
        ['Ngày báo cáo', new Date(Date.UTC(2024, 0, 15))],
      ]);
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

  it('on forms laid out as other programs write them: a line end of CR LF after each declaration (Excel, SheetJS), inline strings (openpyxl), text cells without a formula (SheetJS), styled cells and sheet settings (LibreOffice)', async () => {
    // The parts are written here in each program's manner (as seen in files they wrote): a folder of forms generated
    // by a script or saved from LibreOffice reads like one typed in Excel.
    const { zipSync, strToU8 } = await import('fflate');
    const ns = 'http://schemas.openxmlformats.org';
    const rows = [
      ['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu'],
      ['1', 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 49],
      ['2', 'Số người dân được hướng dẫn', 'Người', 11863],
      ['3', 'Số tài khoản VNeID được tạo', 'Tài khoản', 4919.5],
    ] as const;
    const col = (k: number) => 'ABCD'[k]!;
    type Style = 'excel' | 'openpyxl' | 'sheetjs' | 'libreoffice';
    const cell = (style: Style, ref: string, v: string | number, shared: string[]) => {
      if (typeof v === 'number')
        return style === 'libreoffice'
          ? `<c r="${ref}" s="1" t="n"><v>${v}</v></c>`
          : style === 'openpyxl'
            ? `<c r="${ref}" t="n"><v>${v}</v></c>`
            : style === 'excel'
              ? `<c r="${ref}" s="1"><v>${v}</v></c>`
              : `<c r="${ref}"><v>${v}</v></c>`;
      if (style === 'openpyxl') return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
      if (style === 'sheetjs') return `<c r="${ref}" t="str"><v>${v}</v></c>`;
      return `<c r="${ref}" s="2" t="s"><v>${shared.push(v) - 1}</v></c>`;
    };
    const EXCEL_NAMESPACES = [
      'mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
      'x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"',
      'x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"',
      'xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"',
      'xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"',
      'xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"',
      'xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6"',
      'xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"',
    ]
      .map((d) => `xmlns:${d}`)
      .join(' ');
    const workbookOf = (style: Style) => {
      const shared: string[] = [];
      // The line end after each part's declaration: Excel and SheetJS write a carriage return before the line feed.
      const eol = style === 'excel' || style === 'sheetjs' ? '\r\n' : '\n';
      const info = [
        ['Đơn vị', 'Xã Nam Chính'],
        ['Kỳ báo cáo', 'Năm 2025'],
      ];
      const sheetXml = (table: readonly (readonly (string | number)[])[]) =>
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<worksheet xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"${style === 'excel' ? ` ${EXCEL_NAMESPACES} mc:Ignorable="x14ac xr xr2 xr3" xr:uid="{00000000-0001-0000-0000-000000000000}"` : ''}>` +
        (style === 'libreoffice'
          ? '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D4"/><sheetViews><sheetView showFormulas="false" tabSelected="true" zoomScale="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8"/><cols><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="2" min="2" style="0" width="40"/></cols>'
          : style === 'excel'
            ? // Excel's own: markup-compatibility namespaces, a revision id, spans and descents on rows, styled empty cells.
              '<dimension ref="A1:F6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="D3" sqref="D3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="45.7109375" customWidth="1"/></cols>'
            : '<dimension ref="A1:D4"/>') +
        `<sheetData>${table
          .map((r, i) => {
            const extra =
              style === 'libreoffice'
                ? ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"'
                : style === 'excel'
                  ? ' spans="1:6" x14ac:dyDescent="0.25"'
                  : '';
            return `<row r="${i + 1}"${extra}>${r.map((v, k) => cell(style, `${col(k)}${i + 1}`, v, shared)).join('')}${style === 'excel' ? `<c r="F${i + 1}" s="1"/>` : ''}</row>`;
          })
          .join('')}${style === 'excel' ? '<row r="6" spans="1:6" x14ac:dyDescent="0.25"><c r="E6" s="1"/><c r="F6" s="1"/></row>' : ''}</sheetData>` +
        (style === 'excel'
          ? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/>'
          : '') +
        (style === 'libreoffice'
          ? '<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/>'
          : '') +
        '</worksheet>';
      const parts: Record<string, Uint8Array> = {
        'xl/worksheets/sheet1.xml': strToU8(sheetXml(info)),
        'xl/worksheets/sheet2.xml': strToU8(sheetXml(rows)),
      };
      const hasShared = shared.length > 0;
      if (hasShared)
        parts['xl/sharedStrings.xml'] = strToU8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<sst xmlns="${ns}/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('')}</sst>`,
        );
      parts['xl/styles.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<styleSheet xmlns="${ns}/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      );
      parts['xl/theme/theme1.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1></a:clrScheme></a:themeElements></a:theme>`,
      );
      // Excel's workbook part: the file's path as last saved inside markup-compatibility choices, a revision pointer.
      const excelHead =
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
        '<mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\ubnd\\Documents\\Bao cao\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
        '<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{6F0A3B52-0000-4C3B-9E55-3C3A5A1B2C3D}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>' +
        '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>';
      parts['xl/workbook.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"${style === 'excel' ? ` ${EXCEL_NAMESPACES} mc:Ignorable="x15 xr xr6 xr10 xr2"` : ''}>${style === 'excel' ? excelHead : '<workbookPr/>'}<sheets><sheet name="Thông tin" sheetId="1" state="visible" r:id="rId2"/><sheet name="Số liệu" sheetId="2" state="visible" r:id="rId3"/></sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
      );
      const rel = (id: string, type: string, target: string) =>
        `<Relationship Id="${id}" Type="${ns}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
      parts['xl/_rels/workbook.xml.rels'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>${eol}<Relationships xmlns="${ns}/package/2006/relationships">${rel('rId1', 'styles', 'styles.xml')}${rel('rId2', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId3', 'worksheet', 'worksheets/sheet2.xml')}${rel('rId4', 'theme', 'theme/theme1.xml')}${hasShared ? rel('rId5', 'sharedStrings', 'sharedStrings.xml') : ''}</Relationships>`,
      );
      parts['_rels/.rels'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>${eol}<Relationships xmlns="${ns}/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
      );
      parts['docProps/core.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<cp:coreProperties xmlns:cp="${ns}/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2025-12-15T00:00:00Z</dcterms:created></cp:coreProperties>`,
      );
      const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
      parts['[Content_Types].xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?>${eol}<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          override('xl/workbook.xml', 'spreadsheetml.sheet.main+xml') +
          override('xl/worksheets/sheet1.xml', 'spreadsheetml.worksheet+xml') +
          override('xl/worksheets/sheet2.xml', 'spreadsheetml.worksheet+xml') +
          override('xl/styles.xml', 'spreadsheetml.styles+xml') +
          override('xl/theme/theme1.xml', 'theme+xml') +
          (hasShared ? override('xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml') : '') +
          '</Types>',
      );
      return zipSync(parts, { level: 6 });
    };
    const { writeBytes } = await import('../support/files.js');
    const { validateFile } = await import('../../src/node/check-file.js');
    const { defaultMatcher } = await import('../support/files.js');
    const matcher = await defaultMatcher();
    const { unzipSync, strFromU8 } = await import('fflate');
    for (const style of ['excel', 'openpyxl', 'sheetjs', 'libreoffice'] as const) {
      const bytes = workbookOf(style);
      // Each part is read by the plain pass itself, none left to saxes (which reads them alike, but far slower).
      for (const [name, part] of Object.entries(unzipSync(bytes)))
        if (name.endsWith('.xml') || name.endsWith('.rels')) expect(() => scanXml(strFromU8(part), {}), `${style} ${name}`).not.toThrow();
      const path = writeBytes(`${style}.xlsx`, bytes);
      const book = await same(path);
      const figures = book.sheets[1]!.rows;
      expect(figures.get(2)?.get(2)?.content, style).toEqual({ kind: 'text', text: 'Số buổi hội nghị, tập huấn, hướng dẫn' });
      expect(figures.get(3)?.get(4)?.content, style).toMatchObject({ kind: 'number', value: 11863 });
      // And the form reads as a submission with its figures, each from its cell.
      const result = await validateFile(path, matcher);
      const values = result.submission!.reports[0]!.values;
      expect(values.get('so_buoi_tap_huan'), style).toMatchObject({ value: 49, origin: { sheet: 'Số liệu', cell: 'D2' } });
      expect(values.get('so_nguoi_dan_duoc_huong_dan'), style).toMatchObject({ value: 11863, origin: { cell: 'D3' } });
      expect(result.submission!.reports[0]!.unit, style).toMatchObject({ value: 'Xã Nam Chính', origin: { sheet: 'Thông tin', cell: 'B1' } });
    }
  });

  it('on text Excel escapes: a carriage return pasted into a label is `_x000D_` in the shared strings, read back as one, so the row still matches its indicator', async () => {
    const { zipSync, unzipSync, strToU8, strFromU8 } = await import('fflate');
    const path = await writeWorkbook('xuong-dong.xlsx', (wb) => {
      formSheet(wb, [
        ['1', 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 49],
        ['2', 'Số người dân được hướng dẫn', 'Người', 11863],
      ]);
    });
    const parts = unzipSync(readFileSync(path));
    const sst = strFromU8(parts['xl/sharedStrings.xml']!);
    expect(sst).toContain('<t>Số buổi hội nghị, tập huấn, hướng dẫn</t>');
    // As Excel writes a label with a line break pasted from Word; and, in runs of rich text, an escape in each run, one
    // cut across two runs (not an escape), and one in lower case (which exceljs leaves as it is).
    const changed = sst
      .replace('<t>Số buổi hội nghị, tập huấn, hướng dẫn</t>', '<t xml:space="preserve">Số buổi hội nghị,_x000D_\ntập huấn, hướng dẫn</t>')
      .replace('<t>Người</t>', '<r><t>Ng_x0060_</t></r><r><rPr><b/></rPr><t>ười_x00</t></r><r><t>0D_ _x000d_</t></r>');
    expect(changed).not.toBe(sst);
    parts['xl/sharedStrings.xml'] = strToU8(changed);
    const escaped = join(tempDir(), 'xuong-dong-excel.xlsx');
    writeFileSync(escaped, zipSync(parts));
    const book = await same(escaped);
    const figures = book.sheets.find((s) => s.name === 'Số liệu') ?? book.sheets[0]!;
    const texts = [...figures.rows.values()].flatMap((r) => [...r.values()]).map((c) => (c.content.kind === 'text' ? c.content.text : null));
    expect(texts).toContain('Số buổi hội nghị,\r\ntập huấn, hướng dẫn');
    expect(texts).toContain('Ng`ười_x000D_ _x000d_');
    const result = await validate(escaped);
    expect(result.submission!.reports[0]!.values.get('so_buoi_tap_huan')).toMatchObject({ value: 49 });
    expect(codes(result)).not.toContain('unknown-row');
  });

  it('places cells that give no reference after the cell before them, from column A at the start of each row (where exceljs gives up)', async () => {
    // Row 1 ends at D1; row 2 starts with no reference (A2), then C2 given, then one more with none (D2).
    const changed = await withSheetData(
      'khong-dia-chi.xlsx',
      '<row r="1"><c r="B1"><v>1</v></c><c r="D1"><v>2</v></c></row><row r="2"><c><v>3</v></c><c r="C2"><v>4</v></c><c><v>5</v></c></row>',
    );
    const rows = readXlsx(changed, readFileSync(changed)).sheets[0]!.rows;
    const placed = [...rows].flatMap(([r, cells]) =>
      [...cells.values()].map((c) => `${c.origin.cell}=${c.content.kind === 'number' ? c.content.value : '?'} (${r},${c.column})`),
    );
    expect(placed).toEqual(['B1=1 (1,2)', 'D1=2 (1,4)', 'A2=3 (2,1)', 'C2=4 (2,3)', 'D2=5 (2,4)']);
  });

  it('reads inline strings run by run, their escapes read as in the shared strings and the spaces between runs left out', async () => {
    const changed = await withSheetData(
      'chuoi-truc-tiep.xlsx',
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Số buổi hội nghị,_x000D_\ntập huấn, hướng dẫn</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is>\n  <r><t>Xã _x0041_n</t></r>\n  <r><rPr><b/></rPr><t xml:space="preserve"> An 1</t></r>\n</is></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Tứ Kỳ</t><rPh sb="0" eb="1"><t>ふり</t></rPh></is></c></row>',
    );
    const rows = readXlsx(changed, readFileSync(changed)).sheets[0]!.rows;
    expect([1, 2, 3].map((r) => rows.get(r)?.get(1)?.content)).toEqual([
      { kind: 'text', text: 'Số buổi hội nghị,\r\ntập huấn, hướng dẫn' },
      { kind: 'text', text: 'Xã An An 1' },
      { kind: 'text', text: 'Tứ Kỳ' },
    ]);
  });

  it('reads a date cell written as ISO text (t="d") as the date written, whatever the machine\'s time zone (exceljs reads a number there)', async () => {
    const written = [
      '2023-07-20',
      '2023-07-20T00:00:00',
      '2023-07-20T00:00:00Z',
      '2023-07-20T23:30:00',
      '2023-07-20T23:30:00-05:00',
      ' 2023-07-20 08:00',
      '2023-02-30',
      '20/07/2023',
      'T10:30:00',
    ];
    const changed = await withSheetData('ngay-iso.xlsx', written.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="d"><v>${v}</v></c></row>`).join(''));
    const zone = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        const rows = readXlsx(changed, readFileSync(changed)).sheets[0]!.rows;
        const read = written.map((_, i) => rows.get(i + 1)?.get(1)?.content);
        const date = { kind: 'date', iso: '2023-07-20' };
        expect(read, tz).toEqual([
          date,
          date,
          date,
          date,
          date,
          date,
          { kind: 'text', text: '2023-02-30' },
          { kind: 'text', text: '20/07/2023' },
          { kind: 'text', text: 'T10:30:00' },
        ]);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('on the outputs cnscd writes (summary workbook, Excel form)', async () => {
    const { formWorkbook } = await import('../../src/render/form-xlsx.js');
    const { loadSchema } = await import('../../src/node/load-schema.js');
    const { loadFormWording } = await import('../../src/node/load-settings.js');
    const bytes = await formWorkbook((await loadSchema()).schema, await loadFormWording('vi'), { unit: 'Xã Nam Chính', year: 2024 });
    const path = join(await (await import('../support/files.js')).tempDir(), 'form.xlsx');
    (await import('node:fs')).writeFileSync(path, bytes);
    await same(path);
    void ExcelJS;
  });
});

describe('a text kept from a workbook', () => {
  it('holds on to its own characters only, not to the whole part it was read from', async () => {
    // A unit's name (13 characters or more) beside 160,000 characters of notes, all in the shared strings. Read 100
    // times over and only the name kept each time, as a run over a folder keeps each unit's name: a name cut out of
    // the part's text as a view kept that whole text (some 330 kB) alive, once per file read. The heap's own noise
    // is a few kilobytes a read; the bound sits well between.
    const path = await writeWorkbook('ghi-chu-dai.xlsx', (wb) => {
      const ws = wb.addWorksheet('Thông tin');
      ws.getCell('A1').value = 'Xã Hưng Đạo Mười Ba';
      for (let r = 2; r <= 41; r++) ws.getCell(`A${r}`).value = `Ghi chú ${r}: ${'cán bộ hướng dẫn người dân '.repeat(150)}`;
    });
    const script = `
      import { readFileSync } from 'node:fs';
      const { readXlsx } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'read', 'xlsx.js')).href)});
      const path = ${JSON.stringify(path)};
      const bytes = readFileSync(path);
      const nameOf = () => readXlsx(path, bytes).sheets[0].rows.get(1).get(1).content.text;
      // A first round, not measured, so that what the reading itself leaves behind once (compiled code, caches) is
      // not counted against the names.
      const warm = [];
      for (let i = 0; i < 40; i++) warm.push(nameOf());
      globalThis.gc();
      const before = process.memoryUsage().heapUsed;
      const kept = [];
      for (let i = 0; i < 100; i++) kept.push(nameOf());
      globalThis.gc();
      globalThis.gc();
      console.log(JSON.stringify({ perFile: (process.memoryUsage().heapUsed - before) / kept.length, name: kept[99], warm: warm.length }));
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const { perFile, name } = JSON.parse(run.stdout) as { perFile: number; name: string };
    expect(name).toBe('Xã Hưng Đạo Mười Ba');
    expect(perFile).toBeLessThan(50_000);
  });
});
