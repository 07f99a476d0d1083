// One file of a folder, from its bytes: read → interpret → check, with what adding up needs of it. The edges hand
// the bytes over: the file system's (node/check-file.ts), or a web page's files (web/).
import { leanSubmission, validateBook } from './book.js';
import type { CheckOptions } from './index.js';
import type { CheckedFile, FileResult } from '../model/file-result.js';
import { makeFinding } from '../model/make-finding.js';
import { UNREADABLE } from '../model/severity.js';
import { summarySources } from '../model/summary-workbook.js';
import type { Book } from '../model/sheet.js';
import { ReadError, readBytes, type ReadOptions } from '../read/index.js';
import type { Matcher } from '../schema/matcher.js';

export interface CheckFileOptions extends CheckOptions {
  read?: ReadOptions;
  /** Keep of the submission only what adding up needs (`leanSubmission`). */
  lean?: boolean;
}

/** A file that cannot be read, as its result: the reader's finding. */
export function unreadableResult(path: string, error: ReadError): FileResult {
  return { path, findings: [makeFinding(error.code, path, undefined, error.params)], unreadable: UNREADABLE.has(error.code) };
}

/** read → interpret → check for one file's bytes; `sha256` is the bytes' hash, made by the edge. */
export async function checkBytes(path: string, bytes: Uint8Array, sha256: string, matcher: Matcher, options: CheckFileOptions = {}): Promise<CheckedFile> {
  let book: Book;
  try {
    book = await readBytes(path, bytes, options.read);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { result: unreadableResult(path, error), sha256 };
  }
  book.sha256 = sha256;
  const sources = summarySources(book);
  const result = validateBook(path, book, matcher, options);
  if (options.lean && result.submission) result.submission = leanSubmission(result.submission);
  return { result, sha256, ...(sources ? { summarySources: sources } : {}) };
}
