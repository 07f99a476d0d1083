import type { FileResult } from '../model/file-result.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { Book } from '../model/sheet.js';
import type { Submission } from '../model/submission.js';
import { submissionPart } from '../model/summary-workbook.js';
import { interpretBook } from '../interpret/index.js';
import { attachUnitNotes, readUnitNoteSheets } from '../interpret/unit-notes.js';
import type { Matcher } from '../schema/matcher.js';
import { checkSubmission, type CheckOptions } from './index.js';

/** Interpret and check a book that was read. */
export function validateBook(path: string, book: Book, matcher: Matcher, options: CheckOptions = {}): FileResult {
  const findings: Finding[] = [];
  if (book.encodingConfidence !== undefined && book.encoding) {
    findings.push(makeFinding('encoding-uncertain', path, undefined, { encoding: book.encoding.name, confidence: book.encodingConfidence }));
  }
  // A lower level's tong-hop.xlsx (or its table sent with its notes): the units' notes and products, a row per unit,
  // go up with their figures rather than being read as one unit's notes.
  const part = submissionPart(book);
  const unitNotes = readUnitNoteSheets(book);
  const submission = interpretBook(unitNotes ? { ...part, sheets: part.sheets.filter((s) => !unitNotes.sheets.includes(s)) } : part, matcher);
  if (unitNotes) attachUnitNotes(submission, unitNotes, matcher);
  for (const f of checkSubmission(submission, matcher, options)) findings.push(f);
  return { path, submission, findings, unreadable: false };
}

/**
 * Of a submission, only what adding up needs (its reports and their values, typed totals, notes, the covered unit),
 * not what only a report on the file itself shows (unmatched rows, duplicates): thousands of files are held until the
 * outputs are written.
 */
export function leanSubmission(s: Submission): Submission {
  return { ...s, unmatched: [], absent: [], dataSheets: [], reports: s.reports.map((r) => ({ ...r, duplicates: [] })) };
}
