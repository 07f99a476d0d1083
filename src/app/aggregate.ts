// `cnscd aggregate` as one call a test can make: options in, the aggregate and the files written out. The command
// line (cli/aggregate.ts) only parses, calls this, prints through a format (formats.ts) and sets the exit code.
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseLevel } from '../aggregate/levels.js';
import { optionsFromConfig } from '../aggregate/index.js';
import { previousFromAggregate } from '../aggregate/previous.js';
import type { CliText } from '../i18n/cli-text.js';
import { parsePeriod } from '../interpret/period.js';
import { OUTPUT_NAMES, type Aggregate } from '../model/aggregate.js';
import { countBySeverity } from '../model/file-result.js';
import type { Lang } from '../model/lang.js';
import { endsBefore } from '../model/period.js';
import { describePeriod } from '../i18n/period-words.js';
import { loadSchema } from '../node/load-schema.js';
import { loadNarrative, loadPrevious, loadReportConfig, loadRosterIndex, loadWording } from '../node/load-settings.js';
import { pathKind } from '../node/path-kind.js';
import { mark } from '../node/timings.js';
import { encodingByName } from '../read/encoding/names.js';
import { unopenable } from '../read/index.js';
import { limitsFromEnv } from '../read/limits.js';
import { checkSortingRules } from '../settings/report-config.js';
import { aggregateFolder } from './aggregate-folder.js';
import { OUTPUTS, prepareOutputs } from '../render/outputs.js';
import { settingsUsageError, UsageError } from './usage-error.js';

export interface AggregateRunOptions {
  out?: string;
  roster?: string;
  config?: string;
  schema?: string;
  wording?: string;
  period?: string;
  number?: string;
  date?: string;
  place?: string;
  encoding?: string;
  pdf?: boolean;
  chart?: boolean;
  strict?: boolean;
  by?: string;
  previous?: string;
  recursive?: boolean;
  lang: Lang;
}

/** Where the run tells its user how it goes, besides what it returns. */
export interface RunHooks {
  /** A line for standard error (the PDF's fate). */
  say?: (line: string) => void;
  /** A progress callback, made once the number of files is known; undefined: none. */
  progress?: (total: number) => ((done: number) => void) | undefined;
  /** Standard error is a terminal: a long wait is announced. */
  interactive?: boolean;
}

export interface AggregateRun {
  aggregate: Aggregate;
  /** The files written, in `OUTPUT_NAMES`'s order (none with --strict and errors), the PDF last. */
  written: string[];
  errors: number;
  /** What the report was made with, for the terminal: the clerk's text (null: none) and the parts left out. */
  report?: ReportNotes;
}

export interface ReportNotes {
  narrative: string | null;
  leftOut: string[];
}

/** Read and check every submission of `dirArg`, add them up, write the outputs. Misuse throws UsageError. */
export async function aggregateRun(dirArg: string, opts: AggregateRunOptions, t: CliText, hooks: RunHooks = {}): Promise<AggregateRun> {
  const lang = opts.lang;
  const dir = resolve(dirArg);
  const kind = await pathKind(dir);
  // A single file given to aggregate is most often one submission to check: say so, with the command for it.
  if (kind === 'file') throw new UsageError(t.fileNotDir(dirArg));
  if (kind === 'closed-folder') throw new UsageError(t.dirClosed(dirArg));
  if (kind !== 'folder') throw new UsageError(kind === 'missing' && unopenable(dir) ? t.dirNameUnreadable(dirArg) : t.notADir(dirArg));
  const encoding = opts.encoding ? encodingByName(opts.encoding) : undefined;
  if (opts.encoding && !encoding) throw new UsageError(t.badEncoding(opts.encoding));
  const period = opts.period ? parsePeriod(opts.period) : undefined;
  if (opts.period && !period) throw new UsageError(t.badPeriod(opts.period));
  const by = opts.by !== undefined ? parseLevel(opts.by) : undefined;
  if (opts.by !== undefined && !by) throw new UsageError(t.aggregate.badLevel(opts.by));

  // The chart's thread starts now, to have resvg loaded by the time the chart is known (it waits unreferenced).
  if (opts.chart !== false) (await import('../node/chart-thread.js')).prepareChartThread();

  const settings = await guard(t, async () => {
    const schema = await loadSchema(opts.schema, lang);
    const roster = opts.roster ? await loadRosterIndex(opts.roster, lang) : undefined;
    const flags = {
      ...(opts.number !== undefined ? { number: opts.number } : {}),
      ...(opts.date !== undefined ? { date: opts.date } : {}),
      ...(opts.place !== undefined ? { place: opts.place } : {}),
    };
    const { config, source, unused } = await loadReportConfig(opts.config, dir, flags, lang);
    const wording = await loadWording(opts.wording, lang);
    checkSortingRules(config, schema.schema, lang, source ?? 'cnscd.config.json');
    const previous = opts.previous ? await loadPrevious(opts.previous, lang) : undefined;
    const narrative = await loadNarrative(config.noiDungBaoCao, source, dir, lang);
    return { schema, roster, config, configFiles: { source, unused }, wording, previous, narrative };
  });
  const outDir = outputFolder(dir, opts.out);

  const common = {
    schema: settings.schema,
    ...(settings.roster ? { roster: settings.roster } : {}),
    strict: !!opts.strict,
    recursive: !!opts.recursive,
    read: { ...(encoding ? { encoding } : {}), limits: limitsFromEnv(process.env) },
    ...(settings.narrative ? { settingsFiles: new Set([settings.narrative.source]) } : {}),
  };
  // --previous with a folder of last period's submissions: aggregated the same way, first.
  let previous = settings.previous ?? undefined;
  if (opts.previous && !previous) {
    if ((await pathKind(resolve(opts.previous))) === 'closed-folder') throw new UsageError(t.dirClosed(opts.previous));
    const before = await aggregateFolder(resolve(opts.previous), common);
    if (before.files.length === 0) throw new UsageError(t.noSubmissions(opts.previous, subfolders(before.skipped)));
    previous = previousFromAggregate(before, basename(resolve(opts.previous)));
  }
  mark('settings loaded');
  // A progress line, made once the number of files is known (null: not yet).
  let progress: ((done: number) => void) | undefined | null = null;
  const aggregate = await aggregateFolder(dir, {
    ...common,
    ...(period ? { period } : {}),
    ...(by ? { by } : {}),
    ...(previous ? { previous } : {}),
    ...optionsFromConfig(settings.config),
    config: settings.configFiles,
    ...(hooks.progress ? { progress: (done, total) => (progress === null ? (progress = hooks.progress!(total)) : progress)?.(done) } : {}),
  });
  if (aggregate.files.length === 0) throw new UsageError(t.noSubmissions(dirArg, subfolders(aggregate.skipped)));
  // A "previous" period that is this one, or a later one (the wrong tong-hop.json given, this run's own among them),
  // would put a comparison of the figures with themselves into a report to be signed: nothing is written.
  const before = aggregate.comparison?.period;
  if (before && aggregate.period && !endsBefore(before, aggregate.period)) {
    throw new UsageError(t.previousNotEarlier(opts.previous!, describePeriod(before, lang), describePeriod(aggregate.period, lang)));
  }
  mark(`${aggregate.files.length} files read, checked and added up`);

  const { errors } = countBySeverity(aggregate.findings);
  const written: string[] = [];
  let report: ReportNotes | undefined;
  if (!(opts.strict && errors > 0)) {
    const { writeOutputs } = await import('../node/write-outputs.js');
    mark('output modules loaded');
    let prepared: Awaited<ReturnType<typeof prepareOutputs>>;
    try {
      prepared = await prepareOutputs(aggregate, settings.schema.schema, settings.config, settings.wording, {
        chart: opts.chart !== false,
        narrative: settings.narrative,
        lang,
      });
    } catch (error) {
      settingsUsageError(error, t);
    }
    const { content, input } = prepared;
    report = { narrative: settings.narrative?.source ?? null, leftOut: content.leftOut };
    mark('report composed');
    let last = '';
    const files = OUTPUTS.map((o) => ({
      name: o.name,
      bytes: () => {
        if (last) mark(`${last} written`);
        last = o.name;
        return o.make(input);
      },
    }));
    try {
      const paths = await writeOutputs(outDir, files);
      mark(`${last} written`);
      written.push(...Object.values(OUTPUT_NAMES).map((name) => paths.find((p) => basename(p) === name)!));
    } catch (error) {
      // The disk said no (full, read-only, no permission): the user's to fix. Anything else is the tool's fault.
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw error;
      throw new UsageError(t.writeFailed(outDir, code));
    }
  }

  if (opts.pdf && written.length > 0) {
    const say = hooks.say ?? (() => undefined);
    const { convertToPdf, findSoffice, PdfTimeout, pdfTimeoutMs } = await import('../node/pdf.js');
    const soffice = await findSoffice();
    const docx = written.find((p) => p.endsWith(OUTPUT_NAMES.report))!;
    if (!soffice) say(t.aggregate.noSoffice);
    else {
      // LibreOffice lays a long report out for a minute or more: say so on a terminal rather than sit silent.
      if (hooks.interactive) say(t.aggregate.pdfStarting);
      try {
        written.push(await convertToPdf(soffice, docx, pdfTimeoutMs(aggregate.units.length)));
      } catch (error) {
        say(error instanceof PdfTimeout ? t.aggregate.pdfTimedOut(error.seconds) : t.aggregate.pdfFailed((error as Error).message));
      }
    }
  }
  return { aggregate, written, errors, ...(report ? { report } : {}) };
}

async function guard<T>(t: CliText, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    settingsUsageError(error, t);
  }
}

/** `--out`, else ./cnscd-out; when that would fall inside the submissions folder, a folder beside it instead. */
function outputFolder(dir: string, out: string | undefined): string {
  if (out) return resolve(out);
  const fallback = resolve('cnscd-out');
  return fallback === dir || fallback.startsWith(dir + sep) ? join(dirname(dir), `${basename(dir)}-cnscd-out`) : fallback;
}

/** How many sub-folders a run without --recursive left unread. */
function subfolders(skipped: { reason: string }[]): number {
  return skipped.filter((s) => s.reason === 'folder').length;
}
