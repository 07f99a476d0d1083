import { fold } from './fold.js';
import { cellText, type Book } from './sheet.js';

/**
 * Sheet names of the workbook `cnscd aggregate` writes (tong-hop.xlsx). The first three are always there; the others
 * only when they have rows: the roster's units that sent nothing, the units' notes, their products, the sorting groups.
 */
export const SUMMARY_SHEETS = {
  totals: 'Tổng hợp',
  findings: 'Kiểm tra',
  sources: 'Nguồn',
  missing: 'Chưa báo cáo',
  notes: 'Thuyết minh',
  products: 'Sản phẩm',
  classes: 'Phân loại',
} as const;

/**
 * The headers of the `Thuyết minh` and `Sản phẩm` sheets' columns that the level above reads (a unit's notes, a row
 * each; a product, with the units that listed it in one cell, `UNITS_SEPARATOR` between them).
 */
export const NOTE_HEADERS = { section: 'Mục', unit: 'Đơn vị', text: 'Nội dung' } as const;
export const PRODUCT_HEADERS = { list: 'Danh sách', product: 'Sản phẩm', units: 'Đơn vị' } as const;
export const UNITS_SEPARATOR = ', ';

/**
 * How a cell of names that Excel's limit cut ends: how many more names there are, which tong-hop.json has. The
 * level above reads the names before it (`MORE_NAMES`).
 */
export const moreNames = (count: string): string => ` … và ${count} đơn vị khác (đủ trong tong-hop.json)`;
export const MORE_NAMES = / … và [\d.]+ đơn vị khác \(đủ trong tong-hop\.json\)$/;

/**
 * A workbook `cnscd aggregate` wrote, known by what is inside (its three sheets, and the sha256 column of its
 * sources), not by its name. Returns the sha256 of every file it was made from, or null for any other book.
 */
export function summarySources(book: Book): string[] | null {
  const names = new Map(book.sheets.map((s) => [fold(s.name), s]));
  const sources = names.get(fold(SUMMARY_SHEETS.sources));
  if (!sources || !names.has(fold(SUMMARY_SHEETS.totals)) || !names.has(fold(SUMMARY_SHEETS.findings))) return null;
  let shaColumn = -1;
  const hashes: string[] = [];
  for (const [, cells] of [...sources.rows.entries()].sort((a, b) => a[0] - b[0])) {
    if (shaColumn < 0) {
      for (const [col, cell] of cells) if (fold(cellText(cell)) === 'sha256') shaColumn = col;
      continue;
    }
    const text = cellText(cells.get(shaColumn)).trim().toLowerCase();
    if (/^[0-9a-f]{64}$/.test(text)) hashes.push(text);
  }
  return shaColumn < 0 ? null : hashes;
}

/**
 * Of a summary workbook, only its `Tổng hợp` sheet is a submission (a table, one row per unit); its units' notes and
 * products are given to those rows from the other sheets (`attachUnitNotes`).
 */
export function submissionPart(book: Book): Book {
  if (!summarySources(book)) return book;
  return { ...book, sheets: book.sheets.filter((s) => fold(s.name) === fold(SUMMARY_SHEETS.totals)) };
}
