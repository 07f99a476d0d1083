import { relative } from 'node:path';
import { FORMATS, outputFormat } from '../app/formats.js';
import { validateExitCode, validateRun, type ValidateRunOptions } from '../app/validate.js';
import type { CliText } from '../i18n/cli-text.js';
import { print, printContext } from './print.js';
import { progressLine } from './progress.js';

/** `cnscd validate FILE...`: parse, run (app/validate.ts), print in the chosen format; return the exit code. */
export async function runValidate(inputs: string[], opts: ValidateRunOptions & { json?: boolean; format?: string }, t: CliText): Promise<number> {
  const format = outputFormat(opts, t);
  const results = await validateRun(inputs, opts, t, format === 'text' ? (total) => progressLine(total) : undefined);
  // GitHub places an annotation by its path from the checkout (the working folder), however the folder was given.
  await print(
    FORMATS[format].validate(
      results,
      printContext(opts.lang, t, (p) => relative(process.cwd(), p) || p),
    ),
  );
  return validateExitCode(results);
}
