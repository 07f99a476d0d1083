import { extensionOf } from '../model/relative-path.js';
import type { Book, Sheet } from '../model/sheet.js';
import { contentOf, fillMerges, put, withResult } from './cells.js';
import { cellRef } from '../model/origin.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { unzipBounded } from './zip-bounds.js';
import { ReadError } from './read-error.js';

type ExcelJsModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

let excel: Promise<ExcelJsModule> | undefined;

/** exceljs is heavy: load it only when a workbook is read. */
function loadExcelJs(): Promise<ExcelJsModule> {
  excel ??= import('exceljs').then((m) => ((m as unknown as { default?: ExcelJsModule }).default ?? m) as ExcelJsModule);
  return excel;
}

/**
 * The reference reader: exceljs. The tool reads with the lean reader (xlsx.ts); tests hold the two to the same
 * output on every fixture.
 */
export async function readXlsxWithExcelJs(path: string, bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<Book> {
  // A zip bomb is stopped before the workbook reader inflates it into memory.
  const zip = unzipBounded(bytes, limits.unzippedBytes);
  if (zip.size === null) throw new ReadError('file-too-large', { kind: 'unzippedBytes', size: limits.unzippedBytes + 1, limit: limits.unzippedBytes });
  // A readable zip with no workbook part is some other archive under a workbook's name.
  if (zip.complete && !zip.names.some((n) => n.toLowerCase() === 'xl/workbook.xml')) {
    throw new ReadError('file-wrong-type', { what: 'zip', ext: extensionOf(path).toLowerCase() });
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReadError('file-corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (workbook.worksheets.length > limits.sheets) {
    throw new ReadError('file-too-large', { kind: 'sheets', size: workbook.worksheets.length, limit: limits.sheets });
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((ws) => sheets.push(readWorksheet(path, ws, limits)));
  return { path, format: 'xlsx', sheets };
}

function readWorksheet(path: string, ws: Worksheet, limits: Limits): Sheet {
  if (ws.rowCount > limits.rows) throw new ReadError('file-too-large', { kind: 'rows', size: ws.rowCount, limit: limits.rows, sheet: ws.name });
  const name = ws.name.normalize('NFC');
  const sheet: Sheet = { name, isText: false, rows: new Map(), rowCount: 0, columnCount: 0 };
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // filled from the master below
      const content = contentOf(withResult(cell.value, cell.result));
      if (!content) return;
      if (content.kind === 'text' && content.text.length > limits.cellChars) {
        throw new ReadError('file-too-large', { kind: 'cell', size: content.text.length, limit: limits.cellChars, cell: `${ws.name}!${cell.address}` });
      }
      put(sheet, {
        row: r,
        column: c,
        content,
        origin: { file: path, sheet: name, cell: cellRef(r, c) },
        ...(content.kind === 'text' ? { numberAsText: true } : {}),
      });
    });
  });
  fillMerges(sheet, (ws.model as { merges?: string[] }).merges ?? []);
  return sheet;
}
