import { relative } from 'node:path';
import { scanFolder } from '../node/walk.js';
import type { Lang } from '../i18n/format.js';
import { parsePeriod } from '../interpret/period.js';
import { checkFiles } from '../node/pool.js';
import { countBySeverity, type FileResult } from '../model/file-result.js';
import { encodingByName } from '../read/encoding/names.js';
import { limitsFromEnv } from '../read/limits.js';
import { loadSchema } from '../node/load-schema.js';
import { pathKind } from './path-kind.js';
import type { CliText } from './text.js';
import { progressLine } from './progress.js';
import { expandWildcards } from './wildcards.js';
import { settingsUsageError, UsageError } from './usage-error.js';

interface ValidateOptions {
  json?: boolean;
  format?: string;
  strict?: boolean;
  schema?: string;
  encoding?: string;
  period?: string;
  recursive?: boolean;
  lang: Lang;
}

/** `cnscd validate FILE...`: read, interpret and check each file; print; return the exit code. */
export async function runValidate(inputs: string[], opts: ValidateOptions, t: CliText): Promise<number> {
  const lang = opts.lang;
  const format = outputFormat(opts, t);
  const encoding = opts.encoding ? encodingByName(opts.encoding) : undefined;
  if (opts.encoding && !encoding) throw new UsageError(t.badEncoding(opts.encoding));
  const period = opts.period ? parsePeriod(opts.period) : undefined;
  if (opts.period && !period) throw new UsageError(t.badPeriod(opts.period));

  let loaded;
  try {
    loaded = await loadSchema(opts.schema, lang);
  } catch (error) {
    settingsUsageError(error, t);
  }

  const files = await expand(inputs, t, !!opts.recursive);
  const limits = limitsFromEnv();
  const read = { ...(encoding ? { encoding } : {}), limits };
  const progress = format === 'text' ? progressLine(files.length) : undefined;
  progress?.(0);
  const checked = await checkFiles(files, loaded.schema, loaded.matcher, { read, ...(period ? { period: period.key } : {}), strict: !!opts.strict }, progress);
  const results: FileResult[] = checked.map((c) => c.result);

  if (format === 'github') {
    const { githubAnnotations } = await import('../render/annotations.js');
    // GitHub places an annotation by its path from the checkout (the working folder), however the folder was given.
    process.stdout.write(githubAnnotations(results.flatMap((r) => r.findings), lang, (f) => relative(process.cwd(), f) || f));
    const { errors, warnings } = countBySeverity(results.flatMap((r) => r.findings));
    process.stdout.write(t.ciSummary(results.length, errors, warnings) + '\n');
  } else if (format === 'json') {
    const { validationJson } = await import('../render/json.js');
    for (const piece of validationJson(results, lang)) process.stdout.write(piece);
  } else {
    const { validationText, wantColor } = await import('../render/terminal.js');
    const { makeStyle } = await import('../render/style.js');
    process.stdout.write(validationText(results, { lang, style: await makeStyle(wantColor(process.stdout)), width: process.stdout.columns || 80 }));
  }
  if (results.some((r) => r.unreadable)) return 2;
  return results.some((r) => countBySeverity(r.findings).errors > 0) ? 1 : 0;
}

/** `--format text|json|github`; `--json` is `--format json`. */
export function outputFormat(opts: { json?: boolean; format?: string }, t: CliText): 'text' | 'json' | 'github' {
  const f = opts.format ?? (opts.json ? 'json' : 'text');
  if (f !== 'text' && f !== 'json' && f !== 'github') throw new UsageError(t.badFormat(f));
  return f;
}

/** Folders stand for the submissions in them (not lock files or hidden files; sub-folders' only with `recursive`). */
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
      const found = await submissionsIn(input, recursive);
      if (found.files.length === 0) throw new UsageError(t.noFiles(input, found.folders));
      files.push(...found.files);
    }
  }
  return files;
}

/**
 * The submission files of a folder, by the one walker `aggregate` uses too (`node/walk.ts`: the same order, the same
 * files skipped); `folders`: the sub-folders left unread without `recursive`.
 */
async function submissionsIn(dir: string, recursive: boolean): Promise<{ files: string[]; folders: number }> {
  const { candidates, skipped } = await scanFolder(dir, recursive);
  return { files: candidates.map((c) => c.path), folders: skipped.filter((s) => s.reason === 'folder').length };
}
