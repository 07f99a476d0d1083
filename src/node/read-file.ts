// The read stage's door to the file system: a file opened once, its size checked before its bytes are read, its
// bytes hashed. Synchronous reads: a command reads one file after another, and for thousands of small files the event
// loop's round trips cost more than the reads themselves.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { Book } from '../model/sheet.js';
import { useInflater } from '../read/inflate.js';
import { readBytes, ReadError, unopenable, type ReadOptions } from '../read/index.js';
import { DEFAULT_LIMITS } from '../read/limits.js';

// Node's zlib inflates the small parts of a workbook in about half fflate's time (native code, no warming up).
useInflater((data, size) => {
  let out: Uint8Array;
  try {
    // One output buffer of the declared size: zlib would otherwise take 16 kB for every part, however small.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  } catch {
    return null;
  }
  return out.length === size ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : null;
});

/** The sha256 of some bytes, as the `Nguồn` sheet lists it. */
export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** A file's bytes, within the size limit; throws ReadError (never anything else) when they cannot be had. */
export function fileBytes(path: string, options: ReadOptions = {}): Uint8Array {
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    const fd = openSync(path, 'r');
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) throw new ReadError('file-unreadable', { reason: 'directory' });
      if (info.size > limits.bytes) throw new ReadError('file-too-large', { kind: 'bytes', size: info.size, limit: limits.bytes });
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError(unopenable(path) ? 'file-name-unreadable' : 'file-not-found');
    if (code === 'EISDIR') throw new ReadError('file-unreadable', { reason: 'directory' });
    throw new ReadError('file-unreadable', { reason: code ?? String(error) });
  }
}

/** Read one submission file into sheets of cells, with the sha256 of its bytes. Throws ReadError when it cannot. */
export async function readBook(path: string, options: ReadOptions = {}): Promise<Book> {
  const bytes = fileBytes(path, options);
  const book = await readBytes(path, bytes, options);
  book.sha256 = sha256(bytes);
  return book;
}

/** The sha256 of a file that could not be read as a submission ('' when its bytes cannot be had either). */
export function hashOfFile(path: string): string {
  try {
    return sha256(readFileSync(path));
  } catch {
    return '';
  }
}
