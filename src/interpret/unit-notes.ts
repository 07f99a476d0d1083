import type { Book, Cell, Sheet } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { NoteSection, Submission } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { fold } from '../model/fold.js';
import { MORE_NAMES, NOTE_HEADERS, PRODUCT_HEADERS, SUMMARY_SHEETS, UNITS_SEPARATOR } from '../model/summary-workbook.js';

type Row<K extends string> = Record<K, Cell | undefined>;

/** A book's sheets that give its units' notes or product lists a row per unit, each read into its columns. */
export interface UnitNoteSheets {
  sheets: Sheet[];
  notes: Row<keyof typeof NOTE_HEADERS>[];
  products: Row<keyof typeof PRODUCT_HEADERS>[];
}

/**
 * The sheets of a book that give its units' notes or product lists a row per unit, as a lower level's tong-hop.xlsx
 * writes them: `Thuyết minh` (section, unit, text) and `Sản phẩm` (list, product, units), known by name and header,
 * whether or not the rest of that workbook is still there (a clerk may send the table and its notes only). Null when
 * the book has neither.
 */
export function readUnitNoteSheets(book: Book): UnitNoteSheets | null {
  const named = (name: string) => book.sheets.find((s) => fold(s.name) === fold(name));
  const notesSheet = named(SUMMARY_SHEETS.notes);
  const productsSheet = named(SUMMARY_SHEETS.products);
  const notes = notesSheet ? rowsUnder(notesSheet, NOTE_HEADERS) : null;
  const products = productsSheet ? rowsUnder(productsSheet, PRODUCT_HEADERS) : null;
  if (!notes && !products) return null;
  return { sheets: [...(notes ? [notesSheet!] : []), ...(products ? [productsSheet!] : [])], notes: notes ?? [], products: products ?? [] };
}

/**
 * The units' notes and product lists of those sheets, given to the rows of the table, so that they travel up with
 * the figures: a province's report quotes its communes as the districts' reports did. A note whose unit is not a
 * row of the table (the workbook edited by hand) is reported, never dropped.
 */
export function attachUnitNotes(submission: Submission, read: UnitNoteSheets, matcher: Matcher): void {
  const byUnit = new Map<string, { notes: NoteSection[]; origin: Cell['origin'] }>();
  const sectionsOf = (unit: string, origin: Cell['origin']) => {
    let entry = byUnit.get(unit);
    if (!entry) byUnit.set(unit, (entry = { notes: [], origin }));
    return entry.notes;
  };
  // A section this schema does not know (the lower level used another) is reported, as a form's would be.
  const sectionKey = (cell: Cell | undefined, what: Cell) => {
    const label = cellText(cell).trim();
    const key = matcher.noteSection(label);
    if (!key) submission.unmatched.push({ kind: 'note-section', label, origin: (cell ?? what).origin, values: [cellText(what)] });
    return key;
  };

  for (const row of read.notes) {
    const text = cellText(row.text).trim();
    const key = text ? sectionKey(row.section, row.text!) : undefined;
    if (key) sectionsOf(cellText(row.unit).trim(), (row.unit ?? row.text!).origin).push({ key, text, origin: row.text!.origin });
  }
  for (const row of read.products) {
    const product = cellText(row.product).trim();
    const key = product ? sectionKey(row.list, row.product!) : undefined;
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
  for (const { notes: sections } of byUnit.values()) for (const n of sections) if (n.items) n.text = n.items.join('; ');
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
 * The rows below a sheet's header row, each with the cells of the named columns (found by their headers, folded);
 * null when no row holds them all.
 */
function rowsUnder<K extends string>(sheet: Sheet, headers: Readonly<Record<K, string>>): Row<K>[] | null {
  const wanted = (Object.entries(headers) as [K, string][]).map(([k, h]) => [k, fold(h)] as const);
  const out: Row<K>[] = [];
  let columns: (readonly [K, number])[] | null = null;
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const cells = sheet.rows.get(r)!;
    if (columns) {
      out.push(Object.fromEntries(columns.map(([k, col]) => [k, cells.get(col)])) as Row<K>);
      continue;
    }
    const found = new Map([...cells].map(([col, cell]) => [fold(cellText(cell)), col]));
    if (wanted.every(([, h]) => found.has(h))) columns = wanted.map(([k, h]) => [k, found.get(h)!] as const);
  }
  return columns ? out : null;
}

/**
 * The units of a `Sản phẩm` cell, as the summary workbook writes them; a cell cut at Excel's limit ends with how
 * many more there were, which only tong-hop.json names.
 */
function unitsInCell(text: string): string[] {
  return text
    .replace(MORE_NAMES, '')
    .split(UNITS_SEPARATOR)
    .map((u) => u.trim())
    .filter(Boolean);
}
