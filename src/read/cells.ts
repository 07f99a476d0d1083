import type { Cell, CellContent, Sheet } from '../model/sheet.js';

/** What both workbook readers share: placing cells, filling merged ranges, and a cell value's content. */

export function put(sheet: Sheet, cell: Cell): void {
  let row = sheet.rows.get(cell.row);
  if (!row) {
    row = new Map();
    sheet.rows.set(cell.row, row);
  }
  row.set(cell.column, cell);
  sheet.rowCount = Math.max(sheet.rowCount, cell.row);
  sheet.columnCount = Math.max(sheet.columnCount, cell.column);
}

/**
 * An A1 reference (`E12`, `$e$12`, spaces around allowed) → its row and column; `{ 0, 0 }` when it is not one.
 * `canonical`: written exactly as `cellRef` writes it (upper case, no `$`, no leading zero, no spaces), so the
 * reference itself can stand for the cell. A loop over the characters: it runs for every cell of every workbook.
 */
export function parseRef(ref: string): { row: number; column: number; canonical: boolean } {
  let start = 0;
  let end = ref.length;
  while (start < end && isTrimmed(ref.charCodeAt(start))) start++;
  while (end > start && isTrimmed(ref.charCodeAt(end - 1))) end--;
  let canonical = start === 0 && end === ref.length;
  let i = start;
  if (ref.charCodeAt(i) === 36) {
    i++;
    canonical = false;
  }
  let column = 0;
  const lettersFrom = i;
  for (; i < end; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + c - 64;
    else if (c >= 97 && c <= 122) {
      column = column * 26 + c - 96;
      canonical = false;
    } else break;
  }
  if (i === lettersFrom) return NO_CELL;
  if (ref.charCodeAt(i) === 36) {
    i++;
    canonical = false;
  }
  const digitsFrom = i;
  for (; i < end; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return NO_CELL;
  }
  if (i === digitsFrom) return NO_CELL;
  if (ref.charCodeAt(digitsFrom) === 48 || end - digitsFrom > 15) canonical = false;
  return { row: Number(ref.slice(digitsFrom, end)), column, canonical };
}

const NO_CELL = Object.freeze({ row: 0, column: 0, canonical: false });

/** What `String.prototype.trim` takes away (white space and line terminators). */
function isTrimmed(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * exceljs leaves a cached result of 0 out of a formula cell's `value` (`{formula}` alone, as if never calculated);
 * its `result` still holds it. Put it back, so `=SUM(…)` that Excel calculated to 0 counts as 0.
 */
export function withResult(value: unknown, result: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    ('formula' in value || 'sharedFormula' in value) &&
    (value as { result?: unknown }).result === undefined &&
    result !== undefined
  ) {
    return { ...value, result };
  }
  return value;
}

/**
 * A copy of `text` that holds on to nothing else. V8 makes a cut of 13 characters or more out of a longer string a
 * view into it (a "sliced string"), so a unit's name cut from a workbook's shared strings kept that whole part's text
 * alive for as long as the name was kept: about 2 kB a file on the national corpus, more on real forms, whose shared
 * strings hold titles and notes. Prefixing a character makes a new string, which `slice` flattens into one of its
 * own before cutting the character off again.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** exceljs cell value → content. Formulas count by their cached result. Texts are `detached` from the part they came from. */
export function contentOf(value: unknown): CellContent | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', text: String(value) };
  if (typeof value === 'string') return value === '' ? undefined : { kind: 'text', text: detached(value.normalize('NFC')) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', iso: isoDate(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      const text = (v.richText as { text?: string }[]).map((p) => p.text ?? '').join('');
      return text === '' ? undefined : { kind: 'text', text: text.normalize('NFC') };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      // No result (none stored, or an empty one) is no content: the formula is said instead.
      return contentOf(v.result) ?? { kind: 'formula', formula: String(v.formula ?? v.sharedFormula ?? '') };
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

/**
 * Merged ranges: every covered cell repeats the top-left cell, so headers spanning columns or rows read whole.
 * `ranges` are `A1:D1` references.
 */
export function fillMerges(sheet: Sheet, ranges: string[]): void {
  for (const range of ranges) {
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
}
