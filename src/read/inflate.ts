import { inflateSync } from 'fflate';

/** A raw deflate stream inflated to exactly `size` bytes, or null when it does not inflate to that. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array | null;

/** fflate: the same bytes wherever the stages run. */
const portable: InflateRaw = (data, size) => {
  try {
    const out = inflateSync(data, { out: new Uint8Array(size) });
    return out.length === size ? out : null;
  } catch {
    return null;
  }
};

let inflater: InflateRaw = portable;

/**
 * The edge may give a faster inflater of its own (Node's zlib, native code: `node/read-file.ts`); a valid stream
 * inflates to the same bytes either way (`test/read/zip-bounds.test.ts`).
 */
export function useInflater(f: InflateRaw): void {
  inflater = f;
}

export const inflateRaw: InflateRaw = (data, size) => inflater(data, size);
