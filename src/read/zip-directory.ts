import { isUtf8 } from './encoding/utf8.js';

/** One entry of a zip, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated; anything else the reader cannot inflate. */
  method: number;
  /** Bytes of the data in the zip, and bytes the entry declares it inflates to. */
  compressedSize: number;
  originalSize: number;
  /** Where the entry's data starts in the zip (after its local header). */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * A zip's entries from its central directory, in the directory's order: names decoded as fflate decodes them (UTF-8
 * when the entry says so, Latin-1 otherwise), sizes as the directory declares them. Null for anything but a plain
 * zip whose every record is where it says and within the file: ZIP64, a directory over several disks, an encrypted
 * entry, a record out of bounds or of the wrong kind, a name that is not the UTF-8 it claims. The caller then reads
 * the zip with fflate, which reads what it can of such files or says what is wrong; this reader only takes the
 * plain case, where both read the same, off fflate's hands.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record: the last place its signature stands (fflate looks from the end too).
  let end = bytes.length - EOCD_SIZE;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  while (end >= lowest && !(end >= 0 && u32(end) === EOCD)) end--;
  if (end < lowest || end <= 0) return null;
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  // One disk only, every entry on it; no ZIP64 record before the end record.
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) return null;
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) return null;
  if (end >= 20 && u32(end - 20) === 0x07064b50) return null;
  if (directoryStart + directorySize > end) return null;
  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL) return null;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const originalSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    if (flags & 1) return null; // encrypted
    if (compressedSize === 0xffffffff || originalSize === 0xffffffff || local === 0xffffffff) return null;
    if (at + 46 + nameLength > end) return null;
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    if (flags & 0x800 && !isUtf8(raw)) return null;
    const name = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    if (local + 30 > bytes.length || u32(local) !== LOCAL) return null;
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + compressedSize > bytes.length) return null;
    entries.push({ name, method, compressedSize, originalSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
