// `cnscd validate` as one call a test can make: the files (folders and wildcards stand for the submissions in them)
// read, interpreted and checked, each with its findings. The command line prints them through a format.
import type { CliText } from '../i18n/cli-text.js';
import { parsePeriod } from '../interpret/period.js';
import type { FileResult } from '../model/file-result.js';
import type { Lang } from '../model/lang.js';
import { loadSchema, type LoadedSchema } from '../node/load-schema.js';
import { pathKind } from '../node/path-kind.js';
import { checkFiles } from '../node/pool.js';
import { scanFolder } from '../node/walk.js';
import { expandWildcards } from '../node/wildcards.js';
import { encodingByName } from '../read/encoding/names.js';
import { limitsFromEnv } from '../read/limits.js';
import { settingsUsageError, UsageError } from './usage-error.js';

export interface ValidateRunOptions {
  strict?: boolean;
  schema?: string;
  encoding?: string;
  period?: string;
  recursive?: boolean;
  lang: Lang;
}

/** Check every file given; misuse throws UsageError. `progress`, once the number of files is known. */
export async function validateRun(
  inputs: string[],
  opts: ValidateRunOptions,
  t: CliText,
  progress?: (total: number) => ((done: number) => void) | undefined,
): Promise<FileResult[]> {
  const encoding = opts.encoding ? encodingByName(opts.encoding) : undefined;
  if (opts.encoding && !encoding) throw new UsageError(t.badEncoding(opts.encoding));
  const period = opts.period ? parsePeriod(opts.period) : undefined;
  if (opts.period && !period) throw new UsageError(t.badPeriod(opts.period));
  let loaded: LoadedSchema;
  try {
    loaded = await loadSchema(opts.schema, opts.lang);
  } catch (error) {
    settingsUsageError(error, t);
  }
  const files = await expand(inputs, t, !!opts.recursive);
  const read = { ...(encoding ? { encoding } : {}), limits: limitsFromEnv(process.env) };
  const tick = progress?.(files.length);
  tick?.(0);
  const checked = await checkFiles(files, loaded.schema, loaded.matcher, { read, ...(period ? { period: period.key } : {}), strict: !!opts.strict }, tick);
  return checked.map((c) => c.result);
}

/** The exit code of a check: 2 when a file could not be read, 1 when errors stand, else 0. */
export function validateExitCode(results: FileResult[]): number {
  if (results.some((r) => r.unreadable)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Folders stand for the submissions in them (by the one walker `aggregate` uses too: node/walk.ts). */
async function expand(inputs: string[], t: CliText, recursive: boolean): Promise<string[]> {
  const files: string[] = [];
  for (const given of inputs) {
    // `*.xlsx` as Windows passes it; a pattern that matches nothing, like any missing file, is reported per file with
    // the other files still checked.
    const kind = await pathKind(given);
    const matches = kind === 'missing' ? await expandWildcards(given) : null;
    for (const input of matches?.length ? matches : [given]) {
      const isDir = input === given ? kind === 'folder' : (await pathKind(input)) === 'folder';
      if (!isDir) {
        files.push(input);
        continue;
      }
      const { candidates, skipped } = await scanFolder(input, recursive);
      if (candidates.length === 0) throw new UsageError(t.noFiles(input, skipped.filter((s) => s.reason === 'folder').length));
      files.push(...candidates.map((c) => c.path));
    }
  }
  return files;
}
