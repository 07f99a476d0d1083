import type { CheckedFile } from '../model/file-result.js';

/** What the pool sends a worker: a batch of files to check, or the end of the run. */
export type ToWorker = { kind: 'check'; batch: number; paths: string[] } | { kind: 'stop' };

/** What a worker answers: a batch's results in the order sent, or an error no file caused (a fault of the tool). */
export type FromWorker = { kind: 'done'; batch: number; results: CheckedFile[] } | { kind: 'failed'; message: string; stack: string };
