import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { cellRef } from '../model/origin.js';
import type { Book, BookFormat, Cell, CellContent, Sheet } from '../model/sheet.js';
import { fillMerges, put } from './cells.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { ReadError } from './read-error.js';
import { boundedParts } from './zip-bounds.js';

// The code pages of Excel 95 and older workbooks, and of BIFF8 strings written in one (SheetJS's own tables).
XLSX.set_cptable(cptable);

/**
 * An Excel 97–2003 workbook (`.xls`, BIFF8 in an OLE container), an OpenDocument spreadsheet (`.ods`), or what web
 * systems save under `.xls` (a web page's table, an Excel 2003 XML spreadsheet), read with
 * SheetJS (`@e965/xlsx`, its maintained release; loaded only when such a file is met): sheets, strings in the
 * workbook's code page, numbers, formulas by their cached results, merged cells, into the same cells as an `.xlsx`.
 * A password-protected workbook, or one SheetJS cannot make out, is named with what to do.
 */
export function readSheetjs(
  path: string,
  bytes: Uint8Array,
  format: Extract<BookFormat, 'xls' | 'ods' | 'html' | 'xml2003'>,
  limits: Limits = DEFAULT_LIMITS,
): Book {
  // SheetJS inflates an .ods whole, unbounded: a zip bomb is first refused by the bounded inflater.
  if (format === 'ods') boundedParts(bytes, limits.unzippedBytes, () => true);
  let wb: XLSX.WorkBook;
  // SheetJS writes what it doubts about a file's formatting to the console (an .ods from LibreOffice: "ODS number
  // format may be incorrect"); the cells are read right, and the run's output is the tool's: it is kept quiet.
  const say = console.error;
  console.error = () => undefined;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: true,
      // A date cell as the day it shows, wherever the reading machine's clock is (a page may run in any zone).
      UTC: true,
      cellFormula: true,
      cellHTML: false,
      cellStyles: false,
      // One row past the limit, to know that there are more without reading them all.
      sheetRows: limits.rows + 1,
      WTF: false,
      // A web page's table (a reporting system's "Xuất Excel") holds text: "17.250" is read as the text it is, for the
      // interpreter to read the Vietnamese way, never as SheetJS's 17.25.
      ...(format === 'html' ? { raw: true } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) throw new ReadError('file-encrypted');
    // SheetJS's own words say what is wrong ("XLS Record 0xfc Truncated"); a TypeError from inside it says nothing to
    // a clerk, and is left out.
    const detail = error instanceof TypeError || error instanceof RangeError ? {} : { detail: message };
    throw format === 'xls' ? new ReadError('file-xls', detail) : new ReadError('file-corrupt', { detail: 'không đọc được bảng tính / unreadable', ...detail });
  } finally {
    console.error = say;
  }
  if (wb.SheetNames.length > limits.sheets) throw new ReadError('file-too-large', { kind: 'sheets', size: wb.SheetNames.length, limit: limits.sheets });
  const sheets: Sheet[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const sheetName = name.normalize('NFC');
    const sheet: Sheet = { name: sheetName, isText: false, rows: new Map(), rowCount: 0, columnCount: 0 };
    const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    if (data.length > limits.rows) throw new ReadError('file-too-large', { kind: 'rows', sheet: sheetName, size: data.length, limit: limits.rows });
    data.forEach((row, r) => {
      row?.forEach((c, col) => {
        if (!c) return;
        const content = contentOf(c);
        if (!content) return;
        const ref = cellRef(r + 1, col + 1);
        if (content.kind === 'text' && content.text.length > limits.cellChars) {
          throw new ReadError('file-too-large', { kind: 'cell', cell: `${sheetName}!${ref}`, size: content.text.length, limit: limits.cellChars });
        }
        const cell: Cell = { row: r + 1, column: col + 1, content, origin: { file: path, sheet: sheetName, cell: ref } };
        // A text cell is marked as the .xlsx readers mark it: a number in it was typed as text.
        put(sheet, content.kind === 'text' ? { ...cell, numberAsText: true } : cell);
      });
    });
    fillMerges(
      sheet,
      (ws['!merges'] ?? []).map((m) => `${cellRef(m.s.r + 1, m.s.c + 1)}:${cellRef(m.e.r + 1, m.e.c + 1)}`),
    );
    sheets.push(sheet);
  }
  return { path, format, sheets };
}

/** A SheetJS cell as the tool's cell content: a formula by its cached result, or by itself when it has none. */
function contentOf(c: XLSX.CellObject): CellContent | undefined {
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' && Number.isFinite(c.v) ? { kind: 'number', value: c.v } : undefined;
    case 's': {
      const text = String(c.v ?? '').normalize('NFC');
      return text === '' ? (c.f ? { kind: 'formula', formula: c.f } : undefined) : { kind: 'text', text };
    }
    case 'b':
      return { kind: 'boolean', value: !!c.v };
    case 'd':
      return c.v instanceof Date && !Number.isNaN(c.v.getTime()) ? { kind: 'date', iso: isoDate(c.v) } : undefined;
    case 'e':
      return { kind: 'error', text: c.w ?? XLSX.utils.format_cell(c) };
    case 'z':
      return c.f ? { kind: 'formula', formula: c.f } : undefined;
    default:
      return undefined;
  }
}

/** A date of a cell (no zone) as SheetJS gives it with `UTC`: the day it shows. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
