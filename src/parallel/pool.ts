import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckedFile, type CheckFileOptions } from '../pipeline.js';
import type { Matcher } from '../schema/matcher.js';
import type { FullSchema } from '../schema/types.js';
import type { FromWorker, ToWorker } from './messages.js';

/** Files per message: large enough that messaging costs little, small enough that the cores finish together. */
const BATCH = 16;
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;

/**
 * Check many files on every core: each file is read, interpreted and checked on its own, so batches go to worker
 * threads as they free up, and the results come back in the files' order — the same results, to the byte, as one
 * thread gives. `CNSCD_THREADS` sets the number of threads (1: none started).
 */
export async function checkFiles(
  paths: string[],
  schema: FullSchema,
  matcher: Matcher,
  options: CheckFileOptions,
  progress?: (done: number) => void,
): Promise<CheckedFile[]> {
  const threads = Math.min(threadCount(), Math.ceil(paths.length / BATCH));
  const script = workerScript();
  if (threads < 2 || paths.length < MIN_FILES_FOR_WORKERS || !script) {
    const out: CheckedFile[] = [];
    for (const path of paths) {
      out.push(await checkFile(path, matcher, options));
      progress?.(out.length);
    }
    return out;
  }
  return inWorkers(paths, schema, options, threads, script, progress);
}

function threadCount(): number {
  const asked = Number(process.env.CNSCD_THREADS);
  return Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
}

/** The compiled worker beside this file; absent when running from TypeScript sources (tests), where one thread is used. */
function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

function inWorkers(paths: string[], schema: FullSchema, options: CheckFileOptions, threads: number, script: URL, progress?: (done: number) => void): Promise<CheckedFile[]> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const results: CheckedFile[][] = new Array(batches.length);
  let next = 0;
  let finished = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (w: Worker) => {
      if (next < batches.length) {
        const batch = next++;
        w.postMessage({ kind: 'check', batch, paths: batches[batch]! } satisfies ToWorker);
      } else w.postMessage({ kind: 'stop' } satisfies ToWorker);
    };
    for (let i = 0; i < threads; i++) {
      const w = new Worker(script, { workerData: { schema, options } });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if (m.kind === 'failed') {
          const error = new Error(m.message);
          error.stack = m.stack;
          fail(error);
          return;
        }
        results[m.batch] = m.results;
        done += m.results.length;
        progress?.(done);
        if (++finished === batches.length) resolve(results.flat());
        feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && finished < batches.length) fail(new Error(`worker stopped with exit code ${code}`));
      });
      feed(w);
    }
  });
}
