import { checkSubmission, type CheckOptions } from './check/index.js';
import { makeFinding } from './check/make.js';
import { UNREADABLE } from './check/severity.js';
import { interpretBook } from './interpret/index.js';
import { submissionPart } from './interpret/summary-workbook.js';
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
  const submission = interpretBook(submissionPart(book), matcher);
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
