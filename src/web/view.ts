/**
 * What the web page shows, made in its worker from the stages' own results: every sentence, name and figure is the
 * command line's (messages, reasons, Vietnamese figures), so the page only lays them out. Text only: the page puts
 * it in with `textContent`, never as markup.
 */
import { formatCount } from '../i18n/format.js';
import { messageOf } from '../i18n/messages.js';
import { PAGE_WORDS } from '../i18n/page-words.js';
import { describePeriod } from '../i18n/period-words.js';
import { AGGREGATE_WORDS, EXCLUSION_WORDS } from '../i18n/terminal-words.js';
import { EXCLUSION_ORDER, type Aggregate } from '../model/aggregate.js';
import { countBySeverity, type FileResult } from '../model/file-result.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/lang.js';
import { fileName, relativeTo } from '../model/relative-path.js';
import { cellText, type Book, type Sheet } from '../model/sheet.js';
import { lacksIndicators, manyFiles, problemsToShow, SHOWN_FILES } from '../render/shown.js';
import { place, whatFileHolds } from '../render/terminal.js';

/** The most rows and columns of a sheet the page draws (a table of a country's communes runs to ten thousand rows). */
export const GRID_ROWS = 400;
export const GRID_COLUMNS = 40;

export interface FindingView {
  severity: 'error' | 'warning';
  place: string;
  message: string;
  code: string;
  /** Where it is in the sheets shown: sheet index, row and column (1-based); absent when it names no cell. */
  at?: { sheet: number; row: number; column: number };
}

export interface SheetView {
  name: string;
  /** rows[r][c]: the text of row r+1, column c+1, as far as the grid is drawn. */
  rows: string[][];
  /** The sheet is larger than the grid drawn. */
  cut: boolean;
  /** A Word document's table: its rows and columns are numbered (`dòng 7, cột 4`), not lettered. */
  table: boolean;
  /** The rows above a Word table that hold the document's head: row numbers count the table's from below them. */
  rowOffset: number;
}

export interface FileView {
  path: string;
  /** The unit and period read, or how many units a table holds. */
  heading: string;
  errors: number;
  warnings: number;
  unreadable: boolean;
  /** The plain summary: "Báo cáo hợp lệ — có thể gửi", "Còn 3 lỗi cần sửa". */
  summary: string;
  /** Errors first, then warnings, each in the file's order. */
  findings: FindingView[];
  sheets: SheetView[];
}

/** Where a finding sits in the book's sheets, as the grid draws them. */
function cellOf(f: Finding, book: Book | undefined): FindingView['at'] {
  const l = f.location;
  if (!book || !l) return undefined;
  const index = l.sheet === undefined ? (book.sheets.length === 1 ? 0 : -1) : book.sheets.findIndex((s) => s.name === l.sheet);
  const sheet = book.sheets[index];
  if (!sheet) return undefined;
  if (l.cell) {
    const m = /^([A-Z]+)(\d+)$/.exec(l.cell);
    if (!m) return undefined;
    const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { sheet: index, row: Number(m[2]), column };
  }
  if (l.line !== undefined && l.column !== undefined) return { sheet: index, row: l.line + (sheet.tableRowOffset ?? 0), column: l.column };
  return undefined;
}

function sheetView(sheet: Sheet, lang: Lang): SheetView {
  const rowCount = Math.min(sheet.rowCount, GRID_ROWS);
  const columnCount = Math.min(sheet.columnCount, GRID_COLUMNS);
  const rows: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells = sheet.rows.get(r);
    const row: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = cells?.get(c);
      // A merged range shows its content once, in its first cell, as the spreadsheet does.
      row.push(!cell || cell.mergedFrom ? '' : cell.content.kind === 'number' ? formatCount(cell.content.value, lang) : cellText(cell));
    }
    rows.push(row);
  }
  return {
    name: sheet.name,
    rows,
    cut: sheet.rowCount > rowCount || sheet.columnCount > columnCount,
    table: sheet.tableRowOffset !== undefined,
    rowOffset: sheet.tableRowOffset ?? 0,
  };
}

/**
 * One checked file as the page's check view shows it; `book` is the file as read (absent when it could not be).
 * `omit`: findings the list leaves out (of many files, "lacks indicators", said once for all); the counts keep them.
 */
export function fileView(result: FileResult, book: Book | undefined, lang: Lang, omit: (f: Finding) => boolean = () => false): FileView {
  const w = PAGE_WORDS[lang];
  const { errors, warnings } = countBySeverity(result.findings);
  const listed = result.findings.filter((f) => !omit(f));
  const ordered = [...listed.filter((f) => f.severity === 'error'), ...listed.filter((f) => f.severity !== 'error')];
  return {
    path: result.path,
    heading: whatFileHolds(result, lang).join(' · '),
    errors,
    warnings,
    unreadable: !!result.unreadable,
    summary: result.unreadable ? w.unreadable : errors > 0 ? w.toFix(errors) : warnings > 0 ? w.validWarnings(warnings) : w.valid,
    findings: ordered.map((f) => {
      const at = cellOf(f, book);
      return { severity: f.severity, place: place(f, lang), message: messageOf(f, lang), code: f.rule ? `${f.code} ${f.rule}` : f.code, ...(at ? { at } : {}) };
    }),
    sheets: (book?.sheets ?? []).map((sh) => sheetView(sh, lang)),
  };
}

export interface CheckView {
  /** The plain summary of them all: one file's own, "Cả 12 tệp hợp lệ — có thể gửi", "2/12 tệp cần sửa: còn 3 lỗi". */
  summary: string;
  ok: boolean;
  /** The files listed: those that must be fixed first; of many files, those with problems only, at most SHOWN_FILES. */
  files: FileView[];
  /** The files the list leaves out, counted ('' for none). */
  more: string;
  /** Of many files, how many lack some indicators, said once for all ('' for none). */
  absent: string;
}

/**
 * Files checked as the page lists them, as `validate` lists them on a terminal: beyond SHOWN_FILES files, those with
 * problems only (their views made with `omit` = lacksIndicators, see `manyFiles`), the rest counted.
 */
export function checkView(checked: { result: FileResult; view: FileView }[], lang: Lang): CheckView {
  const w = PAGE_WORDS[lang];
  const views = checked.map((c) => c.view);
  const failed = (v: FileView) => v.unreadable || v.errors > 0;
  const bad = views.filter(failed);
  const errors = views.reduce((n, v) => n + v.errors, 0);
  const ordered = [...bad, ...views.filter((v) => !failed(v))];
  const many = manyFiles(views.length);
  const listed = many ? ordered.filter((v) => v.unreadable || v.findings.length > 0) : ordered;
  const hidden = listed.slice(SHOWN_FILES);
  const lacking = many ? checked.filter((c) => c.result.findings.some(lacksIndicators)).length : 0;
  return {
    summary: views.length === 1 ? views[0]!.summary : bad.length === 0 ? w.allValid(views.length) : w.someToFix(bad.length, views.length, errors),
    ok: bad.length === 0,
    files: listed.slice(0, SHOWN_FILES),
    more: hidden.length > 0 ? w.moreFiles(hidden.length, hidden.filter(failed).length) : '',
    absent: lacking > 0 ? w.absent(lacking) : '',
  };
}

export interface AggregateView {
  heading: string;
  totals: { label: string; measure: string; value: string; units: string; everyUnit: boolean }[];
  /** Column heads of the totals table. */
  columns: { indicator: string; total: string; units: string };
  /** Who reported, by the roster; or that there is no roster. */
  reported: string;
  /** Who has not, as a sentence (the first SHOWN_FILES named); '' for none. */
  missing: string;
  /** Units not counted, a line for each reason. */
  notCounted: string[];
  /** The clerk's sorting of the units (config `phanLoai`): a heading and a line a class; empty without rules. */
  classes: { heading: string; lines: string[] };
  config: string;
  /** The files with problems, errors first, as far as the page shows them; each cut short says what it left out. */
  files: { path: string; summary: string; errors: number; findings: FindingView[]; more?: string }[];
  /** What the list of files leaves out, in a line each. */
  notes: string[];
  skipped: { path: string; why: string }[];
  /** What the list of skipped entries leaves out ('' for nothing). */
  skippedMore: string;
  skippedHeading: string;
  /** The last line: errors and warnings, or none. */
  summary: string;
  errors: number;
  leftOut: string[];
}

/** An aggregate as the page's add-up view shows it: the terminal's report, laid out. */
export function aggregateView(a: Aggregate, leftOut: string[], lang: Lang): AggregateView {
  const w = AGGREGATE_WORDS[lang];
  const rel = relativeTo(a.dir);
  const n = a.units.length;
  const pw = PAGE_WORDS[lang];
  // As on the terminal (render/shown.ts), each file's findings shown errors first.
  const problems = problemsToShow(a.findings);
  const files: AggregateView['files'] = problems.files.map((f) => {
    const sorted = [...f.shown.filter((x) => x.severity === 'error'), ...f.shown.filter((x) => x.severity !== 'error')];
    const kept = new Set(f.shown);
    const cut = countBySeverity(f.findings.filter((x) => !kept.has(x)));
    return {
      path: rel(f.file) || f.file,
      summary: w.summary(f.errors, f.warnings),
      errors: f.errors,
      findings: sorted.map((x) => ({
        severity: x.severity,
        place: place(x, lang),
        message: messageOf(x, lang),
        code: x.rule ? `${x.code} ${x.rule}` : x.code,
      })),
      ...(f.shown.length < f.findings.length ? { more: pw.moreFindings(f.findings.length - f.shown.length, cut.errors) } : {}),
    };
  });
  const { hidden, absent } = problems;
  const notes = [
    ...(hidden.length > 0 ? [pw.moreFiles(hidden.length, hidden.filter((f) => f.errors > 0).length)] : []),
    ...(absent > 0 ? [pw.absent(absent)] : []),
  ];
  const named = (names: string[]) => names.slice(0, SHOWN_FILES).join(', ') + (names.length > SHOWN_FILES ? pw.moreUnits(names.length - SHOWN_FILES) : '');
  const { errors, warnings } = countBySeverity(a.findings);
  return {
    heading: `${w.heading(n, a.files.length)} · ${a.period ? describePeriod(a.period, lang) : w.noPeriod}`,
    columns: { indicator: w.indicator, total: w.total, units: w.units },
    totals: a.totals.map((t) => ({
      label: t.label,
      measure: t.measure,
      value: t.value === null ? '-' : formatCount(t.value, lang),
      units: `${formatCount(t.reported, lang)}/${formatCount(n, lang)}`,
      everyUnit: t.reported === n,
    })),
    reported: a.roster ? w.reported(a.roster.expected - a.missing.length, a.roster.expected, fileName(a.roster.source)) : pw.noRoster,
    missing: a.missing.length > 0 ? w.missing(named(a.missing.map((m) => m.name))) : '',
    notCounted: EXCLUSION_ORDER.flatMap((why) => {
      const names = [...new Set(a.notCounted.filter((x) => x.reason === why).map((x) => x.name))];
      return names.length > 0 ? [w.notCounted(EXCLUSION_WORDS[lang][why])(named(names))] : [];
    }),
    classes: {
      heading: a.classes.length > 0 ? w.classes : '',
      lines: [
        ...a.classes.filter((k) => k.units.length > 0).map((k) => w.klass(k.name, k.units.length, named(k.units))),
        ...(a.unsorted.length > 0 ? [w.unsorted(a.unsorted.length, named(a.unsorted))] : []),
      ],
    },
    config: a.config.source ? w.configUsed(rel(a.config.source)) : pw.configNone,
    files,
    notes,
    skipped: a.skipped.slice(0, SHOWN_FILES).map((s) => ({ path: rel(s.path) || s.path, why: w.skip[s.reason] })),
    skippedMore: a.skipped.length > SHOWN_FILES ? pw.moreSkipped(a.skipped.length - SHOWN_FILES) : '',
    skippedHeading: w.skipped(a.skipped.length),
    summary: errors ? w.summary(errors, warnings) : `${w.clean}${warnings ? ` (${w.summary(0, warnings)})` : ''}`,
    errors,
    leftOut,
  };
}
