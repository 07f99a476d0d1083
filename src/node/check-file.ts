import { validateBook, leanSubmission } from '../check/book.js';
import type { CheckOptions } from '../check/index.js';
import type { CheckedFile, FileResult } from '../model/file-result.js';
import { makeFinding } from '../model/make-finding.js';
import { UNREADABLE } from '../model/severity.js';
import type { Book } from '../model/sheet.js';
import { summarySources } from '../model/summary-workbook.js';
import { ReadError, type ReadOptions } from '../read/index.js';
import type { Matcher } from '../schema/matcher.js';
import { hashOfFile, readBook } from './read-file.js';

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

export interface CheckFileOptions extends CheckOptions {
  read?: ReadOptions;
  /** Keep of the submission only what adding up needs (`leanSubmission`). */
  lean?: boolean;
}

/** read → interpret → check for one file of a folder (in this thread or a worker). */
export async function checkFile(path: string, matcher: Matcher, options: CheckFileOptions = {}): Promise<CheckedFile> {
  const opened = await openFile(path, options.read);
  if (!('book' in opened)) return { result: opened.result, sha256: hashOfFile(path) };
  const sources = summarySources(opened.book);
  const result = validateBook(path, opened.book, matcher, options);
  if (options.lean && result.submission) result.submission = leanSubmission(result.submission);
  return { result, sha256: opened.book.sha256 ?? '', ...(sources ? { summarySources: sources } : {}) };
}
