import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckedFile } from '../model/file-result.js';
import { checkFile, type CheckFileOptions } from './check-file.js';
import type { Matcher } from '../schema/matcher.js';
import type { FullSchema } from '../schema/types.js';
import { builtScript } from './built-script.js';
import type { FromWorker, ToWorker } from './thread-messages.js';

/** Files per message: large enough that messaging costs little, small enough that the cores finish together. */
const BATCH = 16;
/**
 * Below this many files, starting a worker (loading the modules again, ~0.15 s) costs about what it saves: a
 * district's folder is read on one thread, a province's or the country's on all the threads there are (threadCount).
 */
const MIN_FILES_FOR_WORKERS = 400;

/**
 * Check many files on several threads: each file is read, interpreted and checked on its own, so batches go to this
 * thread and to worker threads as they free up, and the results come back in the files' order — the same results,
 * to the byte, as one thread gives. `CNSCD_THREADS` sets the number of threads (1: no worker is started).
 */
export async function checkFiles(
  paths: string[],
  schema: FullSchema,
  matcher: Matcher,
  options: CheckFileOptions,
  progress?: (done: number) => void,
): Promise<CheckedFile[]> {
  const threads = Math.min(threadCount(), Math.ceil(paths.length / BATCH));
  // The compiled worker beside this file; run from the TypeScript sources (tests), one thread is used.
  const script = builtScript('./worker.js', import.meta.url);
  if (threads < 2 || paths.length < MIN_FILES_FOR_WORKERS || !script) {
    const out: CheckedFile[] = [];
    for (const path of paths) {
      out.push(await checkFile(path, matcher, options));
      progress?.(out.length);
    }
    return out;
  }
  return inWorkers(paths, schema, matcher, options, threads, script, progress);
}

/**
 * Threads by default: one on a machine of two cores or fewer. There V8 compiles and collects on the second core while
 * this thread works, and a worker has to compile all the tool's code again in its own heap: on two cores a worker
 * made runs no faster, and at 3,321 files slower (docs/performance-history.md, "Threads on two cores"). With more cores, one
 * thread a core, at most 4: reading many small files is bound by memory more than by the cores, and each worker holds
 * its own heap (some 40 MB). `CNSCD_THREADS` (a whole number from 1) asks for more or fewer.
 */
const DEFAULT_MAX_THREADS = 4;

export function threadCount(asked = process.env.CNSCD_THREADS, cores = availableParallelism()): number {
  const n = Number(asked);
  if (Number.isInteger(n) && n > 0) return n;
  return cores <= 2 ? 1 : Math.min(cores, DEFAULT_MAX_THREADS);
}

/**
 * This thread and `threads - 1` workers take batches from one queue. Each worker holds up to two batches, so it has
 * the next at hand while this thread is busy with its own; this thread yields between its batches so the workers'
 * answers are taken in.
 */
async function inWorkers(
  paths: string[],
  schema: FullSchema,
  matcher: Matcher,
  options: CheckFileOptions,
  threads: number,
  script: URL,
  progress?: (done: number) => void,
): Promise<CheckedFile[]> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const results: CheckedFile[][] = new Array(batches.length);
  let next = 0;
  let finished = 0;
  let done = 0;
  let failure: Error | null = null;
  const workers: Worker[] = [];
  const held = new Map<Worker, number>();
  let allDone: () => void = () => {};
  const finishedAll = new Promise<void>((resolve) => (allDone = resolve));
  const fail = (error: Error) => {
    if (failure) return;
    failure = error;
    for (const w of workers) void w.terminate();
    allDone();
  };
  const record = (batch: number, checked: CheckedFile[]) => {
    results[batch] = checked;
    done += checked.length;
    progress?.(done);
    if (++finished === batches.length) allDone();
  };
  const feed = (w: Worker) => {
    while ((held.get(w) ?? 0) < 2 && next < batches.length) {
      const batch = next++;
      held.set(w, (held.get(w) ?? 0) + 1);
      w.postMessage({ kind: 'check', batch, paths: batches[batch]! } satisfies ToWorker);
    }
    if ((held.get(w) ?? 0) === 0) stop(w);
  };
  const stopped = new Set<Worker>();
  const stop = (w: Worker) => {
    if (stopped.has(w)) return;
    stopped.add(w);
    w.postMessage({ kind: 'stop' } satisfies ToWorker);
  };
  for (let i = 0; i < threads - 1; i++) {
    const w = new Worker(script, { workerData: { schema, options } });
    workers.push(w);
    w.on('message', (m: FromWorker) => {
      if (m.kind === 'failed') {
        const error = new Error(m.message);
        error.stack = m.stack;
        fail(error);
        return;
      }
      held.set(w, (held.get(w) ?? 1) - 1);
      record(m.batch, m.results);
      feed(w);
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0 && finished < batches.length) fail(new Error(`worker stopped with exit code ${code}`));
    });
    feed(w);
  }
  while (next < batches.length && !failure) {
    const batch = next++;
    const checked: CheckedFile[] = [];
    for (const path of batches[batch]!) checked.push(await checkFile(path, matcher, options));
    record(batch, checked);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Workers left with nothing to hold are told to stop.
  for (const w of workers) if ((held.get(w) ?? 0) === 0) stop(w);
  await finishedAll;
  if (failure) throw failure;
  return results.flat();
}
