import { validateBook } from '../check/book.js';
import { checkBytes, unreadableResult, type CheckFileOptions } from '../check/file.js';
import type { CheckOptions } from '../check/index.js';
import type { CheckedFile, FileResult } from '../model/file-result.js';
import type { Book } from '../model/sheet.js';
import { ReadError, type ReadOptions } from '../read/index.js';
import type { Matcher } from '../schema/matcher.js';
import { fileBytes, hashOfFile, readBook, sha256 } from './read-file.js';

export type { CheckFileOptions } from '../check/file.js';

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
    return { result: unreadableResult(path, error) };
  }
}

/** read → interpret → check for one file of a folder (in this thread or a worker). */
export async function checkFile(path: string, matcher: Matcher, options: CheckFileOptions = {}): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = fileBytes(path, options.read);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { result: unreadableResult(path, error), sha256: hashOfFile(path) };
  }
  return checkBytes(path, bytes, sha256(bytes), matcher, options);
}
