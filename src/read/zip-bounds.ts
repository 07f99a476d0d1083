import { Unzip, UnzipInflate } from 'fflate';

export const DEFAULT_MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/**
 * How many bytes a zip (an .xlsx) inflates to, counted by actually inflating it in a stream and stopping as soon
 * as `limit` is passed — a zip bomb's headers may lie about its sizes, so they are not trusted. Returns the size,
 * or null when it is over the limit. Nothing is kept in memory but one chunk at a time.
 */
export function inflatedSize(bytes: Uint8Array, limit: number): { size: number | null; names: string[]; complete: boolean } {
  let total = 0;
  let over = false;
  const names: string[] = [];
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (over) return;
    file.ondata = (error, chunk) => {
      if (error || over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  try {
    for (let i = 0; i < bytes.length && !over; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch {
    // A damaged zip: the workbook reader says so in its own words.
  }
  return { size: over ? null : total, names, complete: hasEndRecord(bytes) };
}

/** Whether the zip ends with its end-of-central-directory record (a truncated file does not). */
function hasEndRecord(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}
