import { EXCLUSION_ORDER, type Aggregate, type FileSummary, type Level, type PreviousPeriod, type Skipped, type UnitEntry } from '../model/aggregate.js';
import { countBySeverity, type CheckedFile, type FileResult } from '../model/file-result.js';
import { compareFindings } from '../model/finding.js';
import type { Period } from '../model/period.js';
import { byCodePoint } from '../model/order.js';
import { fileName, relativeTo } from '../model/relative-path.js';
import type { LoadedSchema } from '../schema/loaded.js';
import type { ReportConfig } from '../settings/report-config.js';
import type { RosterIndex } from '../settings/roster.js';
import { sortUnits } from './classes.js';
import { comparePeriods } from './compare.js';
import { doubtfulFigures, type DoubtOptions } from './doubts.js';
import { groupBy } from './group-by.js';
import { coveredUnit, groupUnits } from './levels.js';
import { gatherNotes, indicatorTotals, mergeProducts, ratioTotals, type CountedUnit } from './totals.js';
import { checkPeriods, collapseSummaries, matchRoster, nameOrder, resolveRepeats, runPeriod, unitEntries } from './units.js';

export interface AggregateOptions {
  schema: LoadedSchema;
  roster?: RosterIndex;
  period?: Period;
  strict?: boolean;
  /** `--by`: group the units under their parents at this level. */
  by?: Level;
  /** `--previous`: the previous period to compare with. */
  previous?: PreviousPeriod;
  /** Doubtful-figure checks across units; absent: the defaults. */
  doubts?: DoubtOptions;
  /** The clerk's sorting rules (config `phanLoai`). */
  sorting?: ReportConfig['phanLoai'];
  /** Config `tenDonVi`: the unit this aggregate covers. */
  coveredUnit?: string;
  /** The report settings file the run used (a whole path), and others found but not used. */
  config?: { source: string | null; unused: string[] };
}

/** What the report's settings ask of adding up: the doubtful-figure checks, the sorting rules, the unit covered. */
export function optionsFromConfig(config: ReportConfig): Pick<AggregateOptions, 'doubts' | 'sorting' | 'coveredUnit'> {
  return {
    doubts: { threshold: config.kiemTra.nguongLech, minUnits: config.kiemTra.toiThieuDonVi, minFactor: config.kiemTra.heSoChenhLech },
    sorting: config.phanLoai,
    coveredUnit: config.tenDonVi,
  };
}

/**
 * `cnscd aggregate`, once the files are read and checked (`app/aggregate.ts` reads them): which are submissions, the
 * units and periods across them, totals, completeness, cross-checks. `dir` is the submissions folder, whole (the
 * paths of `checked` and `skipped` lie in it); `skipped` is what the folder held besides, each with why.
 */
export function aggregateChecked(dir: string, checked: CheckedFile[], skipped: Skipped[], options: AggregateOptions): Aggregate {
  let results: FileResult[] = checked.map((c) => c.result);
  const shaOf = new Map(checked.map((c) => [c.result.path, c.sha256]));
  const summaries = new Map(checked.flatMap((c) => (c.summarySources ? [[c.result.path, c.summarySources] as const] : [])));
  // Our own output of an earlier run over these same files is not a submission; a summary of other files (a lower
  // level's tong-hop.xlsx) is one.
  const hashes = new Set(shaOf.values());
  const earlier = new Set([
    ...[...summaries].filter(([, sources]) => sources.some((h) => hashes.has(h))).map(([path]) => path),
    // The report and check list an earlier run wrote, whichever files they were made from.
    ...results.filter((r) => r.submission?.producer === 'cnscd').map((r) => r.path),
  ]);
  if (earlier.size > 0) {
    results = results.filter((r) => !earlier.has(r.path));
    for (const path of earlier) skipped.push({ path, reason: 'earlier-output' });
  }
  // A Word document with no table of figures (a cover letter, a decision) is a document among the reports, not a
  // report with an error: it is listed as skipped, with why.
  const letters = new Set(
    results.filter((r) => r.submission?.format === 'docx' && !r.submission.layout && r.findings.every((f) => f.code === 'no-table')).map((r) => r.path),
  );
  if (letters.size > 0) {
    results = results.filter((r) => !letters.has(r.path));
    for (const path of letters) skipped.push({ path, reason: 'document-no-table' });
  }
  // The settings file the run used, when it sits among the submissions, is the settings used, not a file skipped.
  const configUsed = options.config?.source;
  if (configUsed) skipped.splice(0, skipped.length, ...skipped.filter((s) => s.path !== configUsed));
  skipped.sort((a, b) => byCodePoint(a.path, b.path));

  const entries = collapseSummaries(unitEntries(results), results, options.roster);
  const period = runPeriod(entries, options.period);
  const inFolder = relativeTo(dir, '.');
  // Where a report is filed, nearest first: the unit a table says it covers, then its sub-folders up to this folder.
  // It places a name the roster's units share, and gives --by a parent where the roster names none.
  const filedUnder = (e: UnitEntry) => [...(e.fileParent ? [e.fileParent] : []), ...inFolder(e.file).split('/').slice(0, -1).reverse()];
  const runFindings = [...checkPeriods(entries, period), ...matchRoster(entries, options.roster, filedUnder), ...resolveRepeats(entries, inFolder)];
  if (options.strict) for (const f of runFindings) f.severity = 'error';

  const counted = entries.filter((e) => !e.excluded);
  const countedKeys = new Set(counted.map((e) => e.key));
  const notesOf = new Map(results.map((r) => [r.path, r.submission?.layout === 'form' ? r.submission.notes : []]));
  const countedUnits: (CountedUnit & { file: string; code?: string })[] = orderUnits(counted, options.roster).map((e) => ({
    name: e.name,
    file: e.file,
    ...(e.code ? { code: e.code } : {}),
    values: e.report.values,
    // A form's notes are its file's; a row of a lower level's tong-hop.xlsx carries its own.
    notes: e.report.notes ?? notesOf.get(e.file) ?? [],
    fileParents: filedUnder(e),
  }));

  const schema = options.schema.schema;
  // A unit whose only report is a blank form has not reported.
  const reportedKeys = new Set(entries.filter((e) => e.excluded !== 'empty').map((e) => e.key));
  const totals = indicatorTotals(countedUnits, schema);

  // Levels, periods and doubtful figures: warnings that never change a figure.
  const grouped = options.by ? groupUnits(countedUnits, options.by, options.roster, schema) : null;
  const compared = options.previous ? comparePeriods(countedUnits, totals, options.previous, schema, options.roster, period) : null;
  const doubts = doubtfulFigures(countedUnits, schema, options.doubts ?? { threshold: 3, minUnits: 5, minFactor: 5 });
  const sorted = sortUnits(countedUnits, options.sorting ?? []);

  const findings = [...results.flatMap((r) => r.findings), ...runFindings, ...(grouped?.findings ?? []), ...(compared?.findings ?? []), ...doubts];
  // Grouped by file once: thousands of files must not be searched once per file.
  const entriesOf = groupBy(entries, (e) => e.file);
  const findingsOf = groupBy(findings, (f) => f.file);
  const files = results.map((r) => fileSummary(r, entriesOf.get(r.path) ?? [], findingsOf.get(r.path) ?? [], shaOf.get(r.path) ?? ''));
  const fileOrder = new Map(results.map((r, i) => [r.path, i]));
  findings.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || compareFindings(a, b));
  const missing = options.roster
    ? options.roster.reporting
        .filter((u) => !reportedKeys.has(options.roster!.nameOf(u)))
        .map((u) => ({ name: options.roster!.nameOf(u), ...(u.ma ? { code: u.ma } : {}) }))
    : [];
  const missingKeys = new Set(missing.map((m) => m.name));
  return {
    dir,
    period,
    schemaId: schema.id,
    units: countedUnits.map(({ notes: _notes, ...u }) => (grouped?.parentOf.has(u.name) ? { ...u, parent: grouped.parentOf.get(u.name)! } : u)),
    totals,
    ratios: ratioTotals(countedUnits, schema),
    products: mergeProducts(countedUnits, schema),
    notes: gatherNotes(countedUnits, schema),
    roster: options.roster
      ? { name: options.roster.roster.ten, expected: options.roster.reporting.length, source: fileName(options.roster.roster.source) }
      : null,
    config: options.config ?? { source: null, unused: [] },
    missing,
    // A blank form's unit is named among those that have not reported, when the roster lists it; not twice.
    notCounted: entries
      .filter((e) => e.excluded && e.excluded !== 'repeated' && !countedKeys.has(e.key) && !(e.excluded === 'empty' && missingKeys.has(e.key)))
      .map((e) => ({ name: e.name || fileName(e.file), file: e.file, reason: e.excluded! })),
    files,
    skipped,
    findings,
    grouping: grouped?.grouping ?? null,
    comparison: compared?.comparison ?? null,
    classes: sorted.classes,
    unsorted: sorted.unsorted,
    coveredUnit: coveredUnit(options.coveredUnit ?? '', options.roster),
  };
}

function orderUnits(entries: UnitEntry[], roster: RosterIndex | undefined): UnitEntry[] {
  if (!roster) return [...entries].sort((a, b) => nameOrder(a.name, b.name));
  const order = new Map(roster.reporting.map((u, i) => [roster.nameOf(u), i]));
  return [...entries].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** One file's line in the summary: its own entries and findings. */
function fileSummary(r: FileResult, mine: UnitEntry[], findings: FileResult['findings'], sha256: string): FileSummary {
  const counted = mine.filter((e) => !e.excluded).length;
  const { errors, warnings } = countBySeverity(findings);
  const reason = [...EXCLUSION_ORDER, 'repeated' as const].find((why) => mine.some((e) => e.excluded === why));
  return {
    path: r.path,
    sha256,
    ...(r.submission ? { format: r.submission.format, layout: r.submission.layout } : {}),
    units: mine.map((e) => e.name).filter(Boolean),
    status: r.unreadable || !r.submission ? 'unreadable' : counted === 0 ? 'not-counted' : counted < mine.length ? 'partly-counted' : 'counted',
    ...(reason && r.submission && !r.unreadable ? { reason } : {}),
    errors,
    warnings,
  };
}
