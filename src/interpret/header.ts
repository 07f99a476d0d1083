import type { Sheet } from '../model/sheet.js';
import { cellAt, cellText } from '../model/sheet.js';
import type { Matcher } from '../schema/matcher.js';
import type { Headers } from '../schema/types.js';

/** One column of a table, as its header names it. */
export interface Column {
  column: number;
  /** What the header says, as typed (both header rows joined when it spans two). */
  header: string;
  /** The header cell's reference, for messages. */
  headerRow: number;
  kind: keyof Headers | 'indicator' | 'unknown';
  /** For indicator columns. */
  code?: string;
}

export interface TableHeader {
  layout: 'form' | 'table';
  /** First and last header rows (a header may span two rows). */
  firstRow: number;
  lastRow: number;
  columns: Column[];
}

/** How far down a sheet to look for the header row. */
const SEARCH_ROWS = 60;

/** Find the header row of a form (label + value columns) or of a table (unit column + indicator columns). */
export function findHeader(sheet: Sheet, matcher: Matcher): TableHeader | undefined {
  const last = Math.min(sheet.rowCount, SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    if (!sheet.rows.has(r)) continue;
    const single = classifyRow(sheet, matcher, r, r);
    // A header over two rows only when the upper row is itself part of a header (`STT`, `Đơn vị`, a group title
    // over merged cells): otherwise a title or `Kỳ báo cáo` line just above the header would be swallowed.
    const double = r + 1 <= sheet.rowCount && recognised(sheet, matcher, r) > 0 ? classifyRow(sheet, matcher, r, r + 1) : undefined;
    const pick = better(single, double);
    if (pick) return pick;
  }
  return undefined;
}

/** How many cells of a row are header words or indicator labels. */
function recognised(sheet: Sheet, matcher: Matcher, row: number): number {
  let n = 0;
  for (const cell of sheet.rows.get(row)?.values() ?? []) {
    const t = cellText(cell).replace(/\s+/g, ' ').trim();
    if (t && (matcher.header(t) || matcher.indicatorByLabel(t))) n++;
  }
  return n;
}

function better(a: TableHeader | undefined, b: TableHeader | undefined): TableHeader | undefined {
  if (!a) return b && score(b) > 0 ? b : undefined;
  if (!b) return a;
  return score(b) > score(a) ? b : a;
}

function score(h: TableHeader): number {
  return h.columns.filter((c) => c.kind !== 'unknown').length;
}

function classifyRow(sheet: Sheet, matcher: Matcher, first: number, lastRow: number): TableHeader | undefined {
  const columns: Column[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    const texts: string[] = [];
    for (let r = first; r <= lastRow; r++) {
      const t = cellText(cellAt(sheet, r, c))
        .replace(/\s+/g, ' ')
        .trim();
      if (t && !texts.includes(t)) texts.push(t);
    }
    if (texts.length === 0) continue;
    // A header spanning two rows: try the lower cell alone, the upper alone, then both together.
    const candidates = lastRow > first ? [texts[texts.length - 1]!, texts[0]!, texts.join(' ')] : [texts[0]!];
    let col: Column = { column: c, header: texts.join(' '), headerRow: first, kind: 'unknown' };
    for (const t of candidates) {
      const kind = matcher.header(t);
      if (kind) {
        col = { column: c, header: t, headerRow: first, kind };
        break;
      }
      const code = matcher.indicatorByLabel(t) ?? matcher.indicatorByCode(t);
      if (code) {
        col = { column: c, header: t, headerRow: first, kind: 'indicator', code };
        break;
      }
    }
    columns.push(col);
  }
  const has = (k: Column['kind']) => columns.some((c) => c.kind === k);
  const indicators = columns.filter((c) => c.kind === 'indicator').length;
  if (has('value') && (has('label') || has('code'))) {
    // In a form, a column headed "Đơn vị" is the unit of measure.
    for (const c of columns) if (c.kind === 'unitName') c.kind = 'measure';
    return { layout: 'form', firstRow: first, lastRow, columns };
  }
  if (has('unitName') && indicators > 0) return { layout: 'table', firstRow: first, lastRow, columns };
  return undefined;
}

/** A row under the header that only numbers the columns: `(1) (2) (3)` or `1 2 3`. */
export function isColumnNumberRow(sheet: Sheet, row: number): boolean {
  const cells = [...(sheet.rows.get(row)?.values() ?? [])].filter((c) => cellText(c).trim() !== '');
  if (cells.length < 3) return false;
  const numbers = cells.map((c) => /^\(?(\d{1,2})\)?$/.exec(cellText(c).trim())?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}
