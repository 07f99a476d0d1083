import type { Book, Sheet } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { NoteSection, Submission, TypedTotal, UnitReport, Unmatched } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { deriveTotals } from './derive.js';
import { findHeader } from './header.js';
import { applyInfo, fromLetterhead, periodFromTitles, readInfoRows, readInfoSheet, type InfoField } from './info.js';
import { readForm } from './form.js';
import { readNotes } from './notes.js';
import { readTable } from './table.js';

/** Sheets of cells → a submission: who reported, for which period, which values, each with its origin. */
export function interpretBook(book: Book, matcher: Matcher): Submission {
  const submission: Submission = {
    path: book.path,
    format: book.format,
    ...(book.encoding ? { encoding: book.encoding } : {}),
    ...(book.delimiter ? { delimiter: book.delimiter } : {}),
    ...(book.producer ? { producer: book.producer } : {}),
    layout: null,
    reports: [],
    typedTotals: [],
    unmatched: [],
    notes: [],
    dataSheets: [],
    absent: [],
  };
  const infoFields: InfoField[] = [];
  const notes: NoteSection[] = [];
  const dataSheets: Sheet[] = [];
  for (const sheet of book.sheets) {
    if (!sheet.isText && matcher.sheetIs('info', sheet.name)) infoFields.push(...readInfoSheet(sheet, matcher));
    else if (!sheet.isText && matcher.sheetIs('notes', sheet.name)) {
      const n = readNotes(sheet, matcher);
      notes.push(...n.notes);
      submission.unmatched.push(...n.unmatched);
    } else if (!sheet.isText && matcher.sheetIs('guide', sheet.name)) continue;
    else dataSheets.push(sheet);
  }
  submission.notes = notes;

  const present = new Set<string>();
  // A Word report's tables are tried in turn: the first that is a form or a table of the indicators is the
  // submission, the others (the header's layout table, a list of members…) are part of the document, not skipped data.
  const word = book.format === 'docx';
  for (const sheet of dataSheets) {
    const header = findHeader(sheet, matcher);
    if (!header || (word && submission.layout)) {
      if (!sheet.isText && (header || (!word && hasContent(sheet)))) {
        submission.unmatched.push({ kind: 'sheet', label: sheet.name, origin: { file: book.path, sheet: sheet.name } });
      }
      continue;
    }
    submission.layout ??= header.layout;
    submission.dataSheets.push(sheet.name);
    const above = range(1, header.firstRow - 1);
    if (header.layout === 'form') {
      const form = readForm(book.path, sheet, header, matcher);
      const report: UnitReport = { unit: null, period: null, info: {}, values: form.values, duplicates: form.duplicates };
      const lines = readInfoRows(sheet, [...above, ...form.otherRows], matcher);
      applyInfo(report, lines.fields);
      applyInfo(report, infoFields);
      fromLetterhead(report, lines.titles);
      periodFromTitles(report, lines.titles);
      submission.reports.push(report);
      submission.unmatched.push(...form.unmatched);
      for (const code of form.values.keys()) present.add(code);
    } else {
      const table = readTable(book.path, sheet, header, matcher);
      const lines = readInfoRows(sheet, [...above, ...table.otherRows], matcher);
      const covered = lines.fields.find((f) => f.kind === 'unit' && f.value.trim());
      if (covered && !submission.coveredUnit) submission.coveredUnit = { value: covered.value.trim(), text: covered.value, origin: covered.origin };
      for (const row of table.rows) {
        const unit = row.unit;
        applyInfo(
          row,
          lines.fields.filter((f) => f.kind !== 'unit' && f.kind !== 'unitCode'),
        );
        applyInfo(
          row,
          infoFields.filter((f) => f.kind !== 'unit' && f.kind !== 'unitCode'),
        );
        periodFromTitles(row, lines.titles);
        row.unit = unit;
      }
      // Loops, not push(...rows): a table may have more rows than a call can take arguments.
      for (const row of table.rows) submission.reports.push(row);
      for (const t of table.totals as TypedTotal[]) submission.typedTotals.push(t);
      for (const u of table.unmatched) submission.unmatched.push(u);
      for (const c of header.columns) if (c.code) present.add(c.code);
    }
  }
  for (const report of submission.reports) deriveTotals(report, matcher.schema);
  if (submission.layout) submission.absent = matcher.schema.indicators.map((i) => i.code).filter((c) => !present.has(c));
  submission.unmatched.sort(byPosition);
  return submission;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function hasContent(sheet: Sheet): boolean {
  for (const row of sheet.rows.values()) for (const c of row.values()) if (cellText(c).trim()) return true;
  return false;
}

function byPosition(a: Unmatched, b: Unmatched): number {
  return (a.origin.line ?? 0) - (b.origin.line ?? 0);
}
