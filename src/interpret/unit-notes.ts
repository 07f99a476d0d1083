import type { Book, Cell, Sheet } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { NoteSection, Submission } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { fold } from './fold.js';
import { MORE_NAMES, SUMMARY_SHEETS } from './summary-workbook.js';

const NOTE_COLUMNS = { section: 'muc', unit: 'don vi', text: 'noi dung' };
const PRODUCT_COLUMNS = { list: 'danh sach', product: 'san pham', units: 'don vi' };

/**
 * The sheets of a book that give its units' notes or product lists a row per unit, as a lower level's tong-hop.xlsx
 * writes them: `Thuyết minh` (section, unit, text) and `Sản phẩm` (list, product, units), known by name and header,
 * whether or not the rest of that workbook is still there (a clerk may send the table and its notes only).
 */
export function unitNoteSheets(book: Book): Sheet[] {
  return book.sheets.filter(
    (s) =>
      (fold(s.name) === fold(SUMMARY_SHEETS.notes) && rowsUnder(s, NOTE_COLUMNS) !== null) ||
      (fold(s.name) === fold(SUMMARY_SHEETS.products) && rowsUnder(s, PRODUCT_COLUMNS) !== null),
  );
}

/**
 * The units' notes and product lists of those sheets, given to the rows of the table, so that they travel up with
 * the figures: a province's report quotes its communes as the districts' reports did. A note whose unit is not a
 * row of the table (the workbook edited by hand) is reported, never dropped.
 */
export function attachUnitNotes(submission: Submission, sheets: Sheet[], matcher: Matcher): void {
  const byUnit = new Map<string, { notes: NoteSection[]; origin: Cell['origin'] }>();
  const sectionsOf = (unit: string, origin: Cell['origin']) => {
    let entry = byUnit.get(unit);
    if (!entry) byUnit.set(unit, (entry = { notes: [], origin }));
    return entry.notes;
  };
  const sheet = (name: string) => sheets.find((s) => fold(s.name) === fold(name));
  // A section this schema does not know (the lower level used another) is reported, as a form's would be.
  const sectionKey = (cell: Cell | undefined, what: Cell) => {
    const label = cellText(cell).trim();
    const key = matcher.noteSection(label);
    if (!key) submission.unmatched.push({ kind: 'note-section', label, origin: (cell ?? what).origin, values: [cellText(what)] });
    return key;
  };

  const notes = sheet(SUMMARY_SHEETS.notes);
  if (notes) {
    for (const row of rowsUnder(notes, NOTE_COLUMNS) ?? []) {
      const text = cellText(row.text).trim();
      if (!text) continue;
      const key = sectionKey(row.section, row.text!);
      if (key) sectionsOf(cellText(row.unit).trim(), (row.unit ?? row.text!).origin).push({ key, text, origin: row.text!.origin });
    }
  }
  const products = sheet(SUMMARY_SHEETS.products);
  if (products) {
    for (const row of rowsUnder(products, PRODUCT_COLUMNS) ?? []) {
      const product = cellText(row.product).trim();
      if (!product) continue;
      const key = sectionKey(row.list, row.product!);
      if (!key) continue;
      const units = unitsInCell(cellText(row.units));
      // A product that names no unit is held by none: reported as a note of an unknown unit.
      for (const unit of units.length > 0 ? units : ['']) {
        const sections = sectionsOf(unit, (row.units ?? row.product!).origin);
        let list = sections.find((n) => n.key === key);
        if (!list) sections.push((list = { key, text: '', origin: row.product!.origin, items: [] }));
        list.items!.push(product);
      }
    }
  }
  for (const { notes: sections } of byUnit.values()) for (const n of sections) if (n.items) n.text = n.items.join('; ');
  if (byUnit.size === 0) return;
  for (const report of submission.reports) {
    const unit = report.unit?.value ?? '';
    const entry = byUnit.get(unit);
    if (!entry) continue;
    report.notes = entry.notes;
    byUnit.delete(unit);
  }
  for (const [unit, { origin }] of byUnit) submission.unmatched.push({ kind: 'note-unit', label: unit || '(trống)', origin });
}

/**
 * The rows below a sheet's header row, each with the cells of the named columns (found by their folded headers);
 * null when no row holds them all.
 */
function rowsUnder<K extends string>(sheet: Sheet, headers: Record<K, string>): Record<K, Cell | undefined>[] | null {
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  const out: Record<K, Cell | undefined>[] = [];
  let columns: Record<K, number> | null = null;
  for (const r of rows) {
    const cells = sheet.rows.get(r)!;
    if (!columns) {
      const found = new Map([...cells].map(([col, cell]) => [fold(cellText(cell)), col]));
      const wanted = Object.entries(headers) as [K, string][];
      if (wanted.every(([, h]) => found.has(h))) columns = Object.fromEntries(wanted.map(([k, h]) => [k, found.get(h)!])) as Record<K, number>;
      continue;
    }
    const cols = columns;
    out.push(Object.fromEntries(Object.keys(headers).map((k) => [k, cells.get(cols[k as K])])) as Record<K, Cell | undefined>);
  }
  return columns ? out : null;
}

/**
 * The units of a `Sản phẩm` cell, as the summary workbook writes them (`, ` between names); a cell cut at Excel's
 * limit ends with how many more there were, which only tong-hop.json names.
 */
function unitsInCell(text: string): string[] {
  return text
    .replace(MORE_NAMES, '')
    .split(', ')
    .map((u) => u.trim())
    .filter(Boolean);
}
