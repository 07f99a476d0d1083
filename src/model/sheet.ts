import { columnLetters, type Origin } from './origin.js';

/** The most characters a spreadsheet cell holds (Excel's limit): what the tool reads in a cell, and writes. */
export const CELL_CHARS = 32_767;

/**
 * What a cell holds once read, whatever the file type. Text is always Unicode NFC.
 * A formula cell appears as the type of its cached result; one without a cached result is `formula`.
 */
export type CellContent =
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; iso: string }
  | { kind: 'error'; text: string }
  | { kind: 'formula'; formula: string };

export interface Cell {
  /** 1-based row and column in the sheet's grid. */
  row: number;
  column: number;
  content: CellContent;
  origin: Origin;
  /** True when the number was typed as text in the workbook (`'56733`) or comes from a text file. */
  numberAsText?: boolean;
  /** Set on the cells a merged range covers, other than its top-left cell: they repeat its content. */
  mergedFrom?: string;
}

/** A grid of cells: one worksheet, or the whole of a CSV/TSV file. Rows and cells are sparse. */
export interface Sheet {
  /** Worksheet name; for a text file, the file's base name. */
  name: string;
  /** True for a CSV/TSV file, which has one sheet and no sheet name of its own. */
  isText: boolean;
  /** rows[r] holds the cells of row r (1-based); a missing entry is an empty row. */
  rows: Map<number, Map<number, Cell>>;
  rowCount: number;
  columnCount: number;
  /**
   * A Word document's table: the rows above it that hold the document's head lines. Its cells say where they are as
   * the table's row and column (origin `line`, `column`), counted from the table's first row.
   */
  tableRowOffset?: number;
}

/** What a file was read as: its bytes', not its name's say. */
export type BookFormat = 'xlsx' | 'csv' | 'docx' | 'xls' | 'ods' | 'html' | 'xml2003';

/** Everything read from one file. */
export interface Book {
  path: string;
  format: BookFormat;
  /** For text files: the encoding used and whether it was found or given. */
  encoding?: { name: string; detected: boolean };
  delimiter?: string;
  /** For a legacy encoding found by guessing: the share of words that read as Vietnamese, when low. */
  encodingConfidence?: number;
  /** A document cnscd itself wrote (a report, a check list): an earlier run's output, not a submission. */
  producer?: 'cnscd';
  /** sha256 of the file's bytes, as read. */
  sha256?: string;
  sheets: Sheet[];
}

export function cellAt(sheet: Sheet, row: number, column: number): Cell | undefined {
  return sheet.rows.get(row)?.get(column);
}

/** The cell's content as display text ('' for none). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  const c = cell.content;
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'number':
      return String(c.value);
    case 'boolean':
      return c.value ? 'TRUE' : 'FALSE';
    case 'date':
      return c.iso;
    case 'error':
      return c.text;
    case 'formula':
      return `=${c.formula}`;
  }
}

/** True when the cell holds nothing but white space. */
export function isBlank(cell: Cell | undefined): boolean {
  return !cell || (cell.content.kind === 'text' && cell.content.text.trim() === '');
}

/** Where a cell is, even an empty one: for text files the line is taken from another cell of the same row. */
export function originOf(sheet: Sheet, file: string, row: number, column: number): Cell['origin'] {
  const existing = sheet.rows.get(row)?.get(column);
  if (existing) return existing.origin;
  const ref = `${columnLetters(column)}${row}`;
  if (sheet.tableRowOffset !== undefined) return { file, sheet: sheet.name, line: row - sheet.tableRowOffset, column };
  if (sheet.isText) {
    const neighbour = sheet.rows.get(row)?.values().next().value as Cell | undefined;
    return { file, cell: ref, ...(neighbour?.origin.line !== undefined ? { line: neighbour.origin.line } : {}), column };
  }
  return { file, sheet: sheet.name, cell: ref };
}
