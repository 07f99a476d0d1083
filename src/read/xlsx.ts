import { extname } from 'node:path';
import type { Book, Cell, CellContent, Sheet } from '../model/sheet.js';
import { cellRef } from '../model/origin.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { inflatedSize } from './zip-bounds.js';
import { ReadError } from './read-error.js';

type ExcelJsModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

let excel: Promise<ExcelJsModule> | undefined;

/** exceljs is heavy: load it only when a workbook is read. */
function loadExcelJs(): Promise<ExcelJsModule> {
  excel ??= import('exceljs').then((m) => ((m as unknown as { default?: ExcelJsModule }).default ?? m) as ExcelJsModule);
  return excel;
}

/** An .xlsx/.xlsm workbook → its sheets, with cached formula results, rich text flattened and merges filled. */
export async function readXlsx(path: string, bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<Book> {
  // A zip bomb is stopped before the workbook reader inflates it into memory.
  const zip = inflatedSize(bytes, limits.unzippedBytes);
  if (zip.size === null) throw new ReadError('file-too-large', { kind: 'unzippedBytes', size: limits.unzippedBytes + 1, limit: limits.unzippedBytes });
  // A readable zip with no workbook part is some other archive under a workbook's name.
  if (zip.complete && !zip.names.some((n) => n.toLowerCase() === 'xl/workbook.xml')) {
    throw new ReadError('file-wrong-type', { what: 'zip', ext: extname(path).toLowerCase() });
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
  // Merged ranges: every covered cell repeats the top-left cell, so headers spanning columns or rows read whole.
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = parseRef(from);
    const b = parseRef(to);
    const master = sheet.rows.get(a.row)?.get(a.column);
    if (!master) continue;
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.column; c <= b.column; c++) {
        if (r === a.row && c === a.column) continue;
        put(sheet, { ...master, row: r, column: c, mergedFrom: master.origin.cell!, origin: { ...master.origin } });
      }
    }
  }
  return sheet;
}

function put(sheet: Sheet, cell: Cell): void {
  let row = sheet.rows.get(cell.row);
  if (!row) {
    row = new Map();
    sheet.rows.set(cell.row, row);
  }
  row.set(cell.column, cell);
  sheet.rowCount = Math.max(sheet.rowCount, cell.row);
  sheet.columnCount = Math.max(sheet.columnCount, cell.column);
}

function parseRef(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) return { row: 0, column: 0 };
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

/**
 * exceljs leaves a cached result of 0 out of a formula cell's `value` (`{formula}` alone, as if never calculated);
 * its `result` still holds it. Put it back, so `=SUM(…)` that Excel calculated to 0 counts as 0.
 */
function withResult(value: unknown, result: unknown): unknown {
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && (value as { result?: unknown }).result === undefined && result !== undefined) {
    return { ...value, result };
  }
  return value;
}

/** exceljs cell value → content. Formulas count by their cached result. */
export function contentOf(value: unknown): CellContent | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', text: String(value) };
  if (typeof value === 'string') return value === '' ? undefined : { kind: 'text', text: value.normalize('NFC') };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', iso: isoDate(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      const text = (v.richText as { text?: string }[]).map((p) => p.text ?? '').join('');
      return text === '' ? undefined : { kind: 'text', text: text.normalize('NFC') };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const result = v.result;
      if (result === undefined || result === null || result === '') {
        return { kind: 'formula', formula: String(v.formula ?? v.sharedFormula ?? '') };
      }
      return contentOf(result) ?? { kind: 'formula', formula: String(v.formula ?? v.sharedFormula ?? '') };
    }
    if (typeof v.error === 'string') return { kind: 'error', text: v.error };
    if ('text' in v) return contentOf(v.text);
  }
  return { kind: 'text', text: String(value) };
}

function isoDate(d: Date): string {
  // Excel dates carry no zone; exceljs gives them as UTC midnight.
  return d.toISOString().slice(0, 10);
}
