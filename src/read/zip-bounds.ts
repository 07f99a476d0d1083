import { unzipSync } from 'fflate';
import { inflateRaw } from './inflate.js';
import { ReadError } from './read-error.js';
import { readZipDirectory } from './zip-directory.js';

export interface Unzipped {
  /** Bytes the entries declare they inflate to; null when that passed the limit (nothing was inflated). */
  size: number | null;
  names: string[];
  /** Whether the zip's central directory could be read (a truncated file's cannot). */
  complete: boolean;
  /** The entries `want` asked for, inflated. */
  files: Map<string, Uint8Array>;
}

/**
 * Read a zip (an .xlsx) from its central directory, refuse it when its entries declare more than `limit` bytes,
 * and inflate only the entries `want` names. A zip bomb that declares its true size is refused before anything is
 * inflated; one whose headers lie gets no more room than it declared (fflate inflates into a buffer of the declared
 * size and stops there), so its parts come out cut short and read as damaged. Memory stays within the limit either
 * way.
 *
 * A plain zip whose wanted entries inflate to exactly what they declare is read with Node's zlib, which inflates
 * these small parts in about half fflate's time (it is native code, with no warming up); anything else, from a
 * ZIP64 record to a stream zlib refuses or one a byte longer or shorter than declared, is read by fflate as before.
 * Both inflate a valid deflate stream to the same bytes, so the result is the same either way
 * (`test/read/zip-bounds.test.ts` holds the two to each other on workbooks, odd zips and damaged ones).
 */
export function unzipBounded(
  bytes: Uint8Array,
  limit: number,
  want: (name: string) => boolean = () => false,
  shared: (name: string) => boolean = () => false,
): Unzipped {
  return unzipPlain(bytes, limit, want, shared) ?? unzipWithFflate(bytes, limit, want);
}

/**
 * A document's zip (a workbook, a Word document, an OpenDocument spreadsheet) read within the limit, or the
 * ReadError that says why not: it inflates past the limit (a zip bomb), or it is cut short. Its wanted parts are
 * looked up by name without a leading slash and whatever their case (of two that fold alike, the first).
 */
export function boundedParts(
  bytes: Uint8Array,
  limit: number,
  want: (name: string) => boolean,
  shared: (name: string) => boolean = () => false,
  doc?: 'word',
): { names: string[]; part: (name: string) => Uint8Array | undefined } {
  const zip = unzipBounded(bytes, limit, want, shared);
  if (zip.size === null) throw new ReadError('file-too-large', { kind: 'unzippedBytes', size: limit + 1, limit, ...(doc ? { doc } : {}) });
  if (!zip.complete) throw new ReadError('file-corrupt', { detail: 'zip không đầy đủ / truncated zip' });
  const byName = new Map<string, Uint8Array>();
  for (const [k, v] of zip.files) {
    const key = (k.charCodeAt(0) === 47 ? k.slice(1) : k).toLowerCase();
    if (!byName.has(key)) byName.set(key, v);
  }
  return { names: zip.names, part: (name) => byName.get(name.toLowerCase()) };
}

/**
 * The plain case with Node's zlib; null for anything it leaves to fflate. Entries are taken in the directory's order
 * and kept as fflate keeps them (in an object: of two entries of one name, the first's place and the last's bytes),
 * and nothing is inflated once the declared sizes pass the limit, so that whatever this returns is what fflate
 * would have given.
 *
 * The wanted entries that `shared` names (a template's workbook part, relations and styles, which thousands of files
 * of one folder hold byte for byte) are looked up first among the few such parts inflated lately, by their
 * compressed bytes: if the same bytes were inflated before, the same inflated bytes (the same object, to be read and
 * never changed) are given again, with no inflating. The same deflate stream always inflates to the same bytes.
 */
export function unzipPlain(
  bytes: Uint8Array,
  limit: number,
  want: (name: string) => boolean = () => false,
  shared: (name: string) => boolean = () => false,
): Unzipped | null {
  const entries = readZipDirectory(bytes);
  if (!entries) return null;
  const names: string[] = [];
  let declared = 0;
  let over = false;
  const parts: Record<string, Uint8Array> = {};
  for (const e of entries) {
    names.push(e.name);
    declared += e.originalSize;
    if (declared > limit) over = true;
    if (over || !want(e.name)) continue;
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.originalSize) return null;
      // A copy, as fflate makes (a Buffer's slice would be a view that keeps the whole file in memory).
      parts[e.name] = new Uint8Array(data);
    } else if (e.method === 8) {
      const out = shared(e.name) ? inflatedOnce(data, e.originalSize) : inflated(data, e.originalSize);
      if (!out) return null;
      parts[e.name] = out;
    } else return null;
  }
  if (over) return { size: null, names, complete: true, files: new Map() };
  return { size: declared, names, complete: true, files: new Map(Object.entries(parts)) };
}

/** A deflated part inflated to exactly `size` bytes, or null (by the edge's inflater: `inflate.ts`). */
function inflated(data: Uint8Array, size: number): Uint8Array | null {
  return inflateRaw(data, size);
}

/** A shared part's inflated bytes: the same object for the same compressed bytes, while they are remembered. */
function inflatedOnce(data: Uint8Array, size: number): Uint8Array | null {
  for (const k of known) if (k.size === size && k.compressed.length === data.length && Buffer.compare(k.compressed, data) === 0) return k.inflated;
  const out = inflated(data, size);
  if (out && data.length <= KNOWN_COMPRESSED && size <= KNOWN_SIZE) {
    if (known.length >= KNOWN) known.shift();
    // (A copy: the zip's own bytes are not kept.)
    known.push({ compressed: new Uint8Array(data), size, inflated: out });
  }
  return out;
}

/**
 * Shared parts inflated lately, at most `KNOWN` (the oldest forgotten first), none large: a Word template's styles
 * part, the largest, runs to 350 KB (python-docx's, Word's own).
 */
const known: { compressed: Uint8Array; size: number; inflated: Uint8Array }[] = [];
const KNOWN = 8;
const KNOWN_COMPRESSED = 64 * 1024;
const KNOWN_SIZE = 1024 * 1024;

/** Every zip with fflate: the reference the plain case is held to. */
export function unzipWithFflate(bytes: Uint8Array, limit: number, want: (name: string) => boolean = () => false): Unzipped {
  const names: string[] = [];
  let declared = 0;
  let over = false;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        declared += file.originalSize;
        if (declared > limit) over = true;
        return !over && want(file.name);
      },
    });
  } catch {
    return { size: over ? null : declared, names, complete: false, files: new Map() };
  }
  if (over) return { size: null, names, complete: true, files: new Map() };
  return { size: declared, names, complete: true, files: new Map(Object.entries(parts)) };
}
