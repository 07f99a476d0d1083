import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { aggregateFolder } from '../app/aggregate-folder.js';
import { parseLevel } from '../aggregate/levels.js';
import { previousFromAggregate } from '../aggregate/previous.js';
import { loadPrevious } from '../node/load-settings.js';
import { OUTPUT_NAMES } from '../model/aggregate.js';
import type { Lang } from '../i18n/format.js';
import { parsePeriod } from '../interpret/period.js';
import { describePeriod, endsBefore } from '../model/period.js';
import { countBySeverity } from '../model/file-result.js';
import { encodingByName } from '../read/encoding/names.js';
import { unopenable } from '../read/index.js';
import { limitsFromEnv } from '../read/limits.js';
import { loadSchema } from '../node/load-schema.js';
import { checkSortingRules } from '../settings/report-config.js';
import { dateParts } from '../model/date.js';
import { loadReportConfig } from '../node/load-settings.js';
import { loadRosterIndex } from '../node/load-settings.js';
import { loadWording } from '../node/load-settings.js';
import type { BarChart } from '../render/chart.js';
import type { ReportContent } from '../render/report/compose.js';
import { pathKind } from './path-kind.js';
import type { CliText } from './text.js';
import { mark } from '../node/timings.js';
import { progressLine } from './progress.js';
import { settingsUsageError, UsageError } from './usage-error.js';
import { outputFormat } from './validate.js';

interface AggregateCliOptions {
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
  json?: boolean;
  format?: string;
  pdf?: boolean;
  chart?: boolean;
  strict?: boolean;
  by?: string;
  previous?: string;
  recursive?: boolean;
  lang: Lang;
}


/** `cnscd aggregate DIR`: read and check every submission, add them up, write the report; return the exit code. */
export async function runAggregate(dirArg: string, opts: AggregateCliOptions, t: CliText): Promise<number> {
  const lang = opts.lang;
  const format = outputFormat(opts, t);
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
    const { config, source } = await loadReportConfig(opts.config, dir, { ...(opts.number !== undefined ? { number: opts.number } : {}), ...(opts.date !== undefined ? { date: opts.date } : {}), ...(opts.place !== undefined ? { place: opts.place } : {}) }, lang);
    const wording = await loadWording(opts.wording, lang);
    checkSortingRules(config, schema.schema, lang, source ?? 'cnscd.config.json');
    const previous = opts.previous ? await loadPrevious(opts.previous, lang) : undefined;
    return { schema, roster, config, wording, previous };
  });
  const outDir = outputFolder(dir, opts.out);

  const limits = limitsFromEnv();
  const common = {
    schema: settings.schema,
    ...(settings.roster ? { roster: settings.roster } : {}),
    strict: !!opts.strict,
    recursive: !!opts.recursive,
    read: { ...(encoding ? { encoding } : {}), limits },
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
  // A progress line on a terminal, made once the number of files is known (null: not yet).
  let progress: ((done: number) => void) | undefined | null = null;
  const aggregate = await aggregateFolder(dir, {
    ...common,
    ...(period ? { period } : {}),
    ...(by ? { by } : {}),
    ...(previous ? { previous } : {}),
    doubts: { threshold: settings.config.kiemTra.nguongLech, minUnits: settings.config.kiemTra.toiThieuDonVi, minFactor: settings.config.kiemTra.heSoChenhLech },
    sorting: settings.config.phanLoai,
    coveredUnit: settings.config.tenDonVi,
    ...(format === 'text' ? { progress: (done, total) => (progress === null ? (progress = progressLine(total)) : progress)?.(done) } : {}),
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
  if (!(opts.strict && errors > 0)) {
    const date = documentDate(settings.config.ngay, aggregate.period);
    const [{ aggregateJson }, { summaryWorkbook }, { composeReport }, { reportDocx }, { writeOutputs }, { barChartPng }] = await Promise.all([
      import('../render/aggregate-json.js'),
      import('../render/summary-xlsx.js'),
      import('../render/report/compose.js'),
      import('../render/docx/report-docx.js'),
      import('../node/write-outputs.js'),
      import('../render/chart.js'),
    ]);
    mark('output modules loaded');
    const content = composeReport(aggregate, settings.config, settings.wording, { chart: opts.chart !== false });
    mark('report composed');
    // The chart starts rendering now, off this thread, while tong-hop.json is made; the report and the workbook
    // then find it ready.
    const chart = chartOf(content);
    // (A failure is met, and reported, where the report awaits the picture; not here.)
    if (chart) barChartPng(chart).catch(() => undefined);
    // Each made just before it is written (one output's bytes held at a time), tong-hop.json first while the chart
    // renders; listed in the usual order.
    const files = [
      { name: OUTPUT_NAMES.json, bytes: () => aggregateJson(aggregate, lang) },
      { name: OUTPUT_NAMES.report, bytes: () => (mark(`${OUTPUT_NAMES.json} written`), reportDocx(content, date)) },
      { name: OUTPUT_NAMES.workbook, bytes: () => (mark(`${OUTPUT_NAMES.report} written`), summaryWorkbook(aggregate, settings.schema.schema, date, lang, chart)) },
    ];
    try {
      const paths = await writeOutputs(outDir, files);
      mark(`${OUTPUT_NAMES.workbook} written`);
      written.push(...Object.values(OUTPUT_NAMES).map((name) => paths.find((p) => basename(p) === name)!));
    } catch (error) {
      // The disk said no (full, read-only, no permission): the user's to fix. Anything else is the tool's fault.
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw error;
      throw new UsageError(t.writeFailed(outDir, code));
    }
  }

  if (opts.pdf && written.length > 0) {
    const { convertToPdf, findSoffice, PdfTimeout, pdfTimeoutMs } = await import('../node/pdf.js');
    const soffice = await findSoffice();
    const docx = written.find((p) => p.endsWith(OUTPUT_NAMES.report))!;
    if (!soffice) process.stderr.write(`${t.aggregate.noSoffice}\n`);
    else {
      // LibreOffice lays a long report out for a minute or more: say so on a terminal rather than sit silent.
      if (process.stderr.isTTY) process.stderr.write(`${t.aggregate.pdfStarting}\n`);
      try {
        written.push(await convertToPdf(soffice, docx, pdfTimeoutMs(aggregate.units.length)));
      } catch (error) {
        process.stderr.write(`${error instanceof PdfTimeout ? t.aggregate.pdfTimedOut(error.seconds) : t.aggregate.pdfFailed((error as Error).message)}\n`);
      }
    }
  }

  if (format === 'github') {
    const { githubAnnotations } = await import('../render/annotations.js');
    process.stdout.write(githubAnnotations(aggregate.findings, lang, (f) => relative(process.cwd(), f) || f));
    const { warnings } = countBySeverity(aggregate.findings);
    process.stdout.write(`${t.ciSummary(aggregate.files.length, errors, warnings)}\n`);
  } else if (format === 'json') {
    const { aggregateJson } = await import('../render/aggregate-json.js');
    for (const piece of aggregateJson(aggregate, lang)) process.stdout.write(piece);
  } else {
    const { aggregateText } = await import('../render/aggregate-terminal.js');
    const { wantColor } = await import('../render/terminal.js');
    const { makeStyle } = await import('../render/style.js');
    process.stdout.write(aggregateText(aggregate, { lang, style: await makeStyle(wantColor(process.stdout)), width: process.stdout.columns || 80 }));
    const shown = written.map((p) => relative(process.cwd(), p) || p);
    process.stdout.write(
      written.length > 0
        ? `${lang === 'vi' ? 'Đã ghi' : 'Written'}: ${shown.join(', ')}\n`
        : `${lang === 'vi' ? 'Chưa ghi báo cáo vì còn lỗi (--strict).' : 'No report written: errors stand (--strict).'}\n`,
    );
  }
  mark('summary shown');
  return errors > 0 ? 1 : 0;
}

/** The report's chart, if it has one: the workbook shows the same picture. */
function chartOf(content: ReportContent): BarChart | undefined {
  for (const item of content.body) if (item.kind === 'chart') return item.chart;
  return undefined;
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

/** The date stamped inside the documents: the report's date, else the end of the period; never the clock. */
function documentDate(ngay: string, period: { year: number; lastMonth: number } | null): Date {
  const d = ngay ? dateParts(ngay) : null;
  if (d) return new Date(Date.UTC(d[0], d[1] - 1, d[2], 12));
  if (period) return new Date(Date.UTC(period.year, period.lastMonth, 0, 12));
  return new Date(Date.UTC(2000, 0, 1, 12));
}

/** How many sub-folders a run without --recursive left unread. */
function subfolders(skipped: { reason: string }[]): number {
  return skipped.filter((s) => s.reason === 'folder').length;
}
