import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileOptions } from './check-file.js';
import { Matcher } from '../schema/matcher.js';
import type { FullSchema } from '../schema/types.js';
import type { FromWorker, ToWorker } from './thread-messages.js';

/**
 * A worker of the pool (pool.ts): builds the schema's matcher once, then checks the batches of files it is sent and
 * posts each batch's results back (structured clones: the model is plain objects, arrays and Maps).
 */
const { schema, options } = workerData as { schema: FullSchema; options: CheckFileOptions };
const matcher = new Matcher(schema);
const port = parentPort!;

port.on('message', async (message: ToWorker) => {
  if (message.kind === 'stop') {
    port.close();
    return;
  }
  try {
    const results = [];
    for (const path of message.paths) results.push(await checkFile(path, matcher, options));
    port.postMessage({ kind: 'done', batch: message.batch, results } satisfies FromWorker);
  } catch (error) {
    const e = error as Error;
    port.postMessage({ kind: 'failed', message: e?.message ?? String(error), stack: e?.stack ?? '' } satisfies FromWorker);
  }
});
