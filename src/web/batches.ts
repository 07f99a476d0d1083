// Files' bytes as a browser can best hand them over: it reads from another process at a cost per read, so files are
// read a batch at a time (a batch joined into one Blob by the page's worker), the next batch while this one is used.
import { ReadError } from '../read/index.js';

/** One file the page was given: its whole path under the folder, and its bytes when asked. */
export interface WebFile {
  path: string;
  bytes(): Promise<Uint8Array>;
}

/** Many files' bytes at once, in their order. */
export type ReadBatch = (files: WebFile[]) => Promise<Uint8Array[]>;

/** How many files are read at once. */
export const READ_BATCH = 64;

/** Each file one after another: the reading when nothing better is given. */
export const oneByOne: ReadBatch = (files) => Promise.all(files.map((f) => f.bytes()));

/**
 * Each file with its bytes, in order, or the ReadError that says why they could not be had. A file that cannot be
 * read (gone since it was chosen, changed, refused) fails its batch: each file of it is then read on its own, and one
 * that still fails is named as unreadable, as the command line names it.
 */
export async function* inBatches(files: WebFile[], read: ReadBatch = oneByOne): AsyncGenerator<[WebFile, Uint8Array | ReadError]> {
  const batches: Promise<(Uint8Array | ReadError)[]>[] = [];
  const start = (k: number) => {
    if (k * READ_BATCH >= files.length || batches[k]) return;
    const batch = files.slice(k * READ_BATCH, (k + 1) * READ_BATCH);
    batches[k] = read(batch).catch(() =>
      Promise.all(
        batch.map((f) =>
          f.bytes().catch((error: unknown) => new ReadError('file-unreadable', { reason: error instanceof Error ? error.name : String(error) })),
        ),
      ),
    );
  };
  for (let k = 0; k * READ_BATCH < files.length; k++) {
    start(k);
    start(k + 1);
    const got = await batches[k]!;
    delete batches[k];
    for (const [i, bytes] of got.entries()) yield [files[k * READ_BATCH + i]!, bytes];
  }
}
