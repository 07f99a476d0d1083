import { relative } from 'node:path';
import { aggregateRun, type AggregateRunOptions } from '../app/aggregate.js';
import { FORMATS, outputFormat } from '../app/formats.js';
import type { CliText } from '../i18n/cli-text.js';
import { mark } from '../node/timings.js';
import { print, printContext } from './print.js';
import { progressLine } from './progress.js';

/** `cnscd aggregate DIR`: parse, run (app/aggregate.ts), print in the chosen format; return the exit code. */
export async function runAggregate(dir: string, opts: AggregateRunOptions & { json?: boolean; format?: string }, t: CliText): Promise<number> {
  const format = outputFormat(opts, t);
  const run = await aggregateRun(dir, opts, t, {
    say: (line) => process.stderr.write(`${line}\n`),
    interactive: !!process.stderr.isTTY,
    ...(format === 'text' ? { progress: (total: number) => progressLine(total) } : {}),
  });
  await print(
    FORMATS[format].aggregate(
      run,
      printContext(opts.lang, t, (p) => relative(process.cwd(), p) || p),
    ),
  );
  mark('summary shown');
  return run.errors > 0 ? 1 : 0;
}
