import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkSubmission, type CheckOptions } from './check/index.js';
import { makeFinding } from './check/make.js';
import { UNREADABLE } from './check/severity.js';
import { interpretBook } from './interpret/index.js';
import { attachUnitNotes, readUnitNoteSheets } from './interpret/unit-notes.js';
import { submissionPart, summarySources } from './interpret/summary-workbook.js';
import type { Finding } from './model/finding.js';
import type { Book } from './model/sheet.js';
import type { Submission } from './model/submission.js';
import { readBook, ReadError, type ReadOptions } from './read/index.js';
import type { Matcher } from './schema/matcher.js';

/** One file through read → interpret → check. */
export interface FileResult {
  path: string;
  /** Absent when the file could not be read at all. */
  submission?: Submission;
  findings: Finding[];
  /** True when the file could not be read (exit code 2). */
  unreadable: boolean;
}

export async function validateFile(path: string, matcher: Matcher, options: ReadOptions & CheckOptions = {}): Promise<FileResult> {
  const opened = await openFile(path, options);
  return 'book' in opened ? validateBook(path, opened.book, matcher, options) : opened.result;
}

/** Read a file into a book, or say why it cannot be read. */
export async function openFile(path: string, options: ReadOptions = {}): Promise<{ book: Book } | { result: FileResult }> {
  try {
    return { book: await readBook(path, options) };
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    const f = makeFinding(error.code, path, undefined, error.params);
    return { result: { path, findings: [f], unreadable: UNREADABLE.has(error.code) } };
  }
}

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

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** One file checked for a run over many: its result, the sha256 of its bytes, and, for a tong-hop.xlsx, its sources. */
export interface CheckedFile {
  result: FileResult;
  sha256: string;
  /** The sha256 column of the `Nguồn` sheet, when the file is a summary workbook this tool wrote. */
  summarySources?: string[];
}

export interface CheckFileOptions extends CheckOptions {
  read?: ReadOptions;
  /**
   * Keep of the submission only what adding up needs (its reports and their values, typed totals, notes, the
   * covered unit), not what only a report on the file itself shows (unmatched rows, duplicates): thousands of files
   * are held until the outputs are written.
   */
  lean?: boolean;
}

/** read → interpret → check for one file of a folder (in this thread or a worker). */
export async function checkFile(path: string, matcher: Matcher, options: CheckFileOptions = {}): Promise<CheckedFile> {
  const opened = await openFile(path, options.read);
  if (!('book' in opened)) return { result: opened.result, sha256: await sha256Of(path) };
  const sources = summarySources(opened.book);
  const result = validateBook(path, opened.book, matcher, options);
  if (options.lean && result.submission) result.submission = leanSubmission(result.submission);
  return { result, sha256: opened.book.sha256 ?? '', ...(sources ? { summarySources: sources } : {}) };
}

function leanSubmission(s: Submission): Submission {
  return { ...s, unmatched: [], absent: [], dataSheets: [], reports: s.reports.map((r) => ({ ...r, duplicates: [] })) };
}

async function sha256Of(path: string): Promise<string> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    return '';
  }
}
