import { unzipSync } from 'fflate';

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
 */
export function unzipBounded(bytes: Uint8Array, limit: number, want: (name: string) => boolean = () => false): Unzipped {
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
