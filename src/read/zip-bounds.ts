import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export interface Unzipped {
  /** Bytes all entries inflate to; null when that passed the limit (the rest was not inflated). */
  size: number | null;
  names: string[];
  /** Whether the zip ends with its end-of-central-directory record (a truncated file does not). */
  complete: boolean;
  /** The entries `want` asked for, inflated. */
  files: Map<string, Uint8Array>;
}

/**
 * Inflate a zip (an .xlsx) in one streaming pass, counting every byte and stopping as soon as `limit` is passed —
 * a zip bomb's headers may lie about its sizes, so they are not trusted. Keeps only the entries `want` names.
 */
export function unzipBounded(bytes: Uint8Array, limit: number, want: (name: string) => boolean = () => false): Unzipped {
  let total = 0;
  let over = false;
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (over) return;
    const keep = want(file.name);
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error || over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        file.terminate();
        return;
      }
      if (keep) {
        chunks.push(chunk.slice()); // a copy: the chunk may be a view of a larger buffer that would stay alive
        if (final) files.set(file.name, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  // DEFLATE inflates at most ~1,032 times: 16 KB of input yields at most ~16 MB before the count is checked.
  const step = 16 * 1024;
  try {
    for (let i = 0; i < bytes.length && !over; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch {
    // A damaged zip: the reader says so in its own words.
  }
  return { size: over ? null : total, names, complete: hasEndRecord(bytes), files };
}

function hasEndRecord(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}
