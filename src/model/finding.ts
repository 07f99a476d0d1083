import type { Origin } from './origin.js';

export type Severity = 'error' | 'warning';

/**
 * Every finding code the tool emits. Codes are stable: CI jobs and other tools match on them.
 * docs/findings.md describes each one; a test keeps that page and this list in step.
 */
export const FINDING_CODES = [
  // The file as a whole
  'file-not-found',
  'file-name-unreadable',
  'file-unreadable',
  'file-empty',
  'file-too-large',
  'file-xls',
  'file-encrypted',
  'file-wrong-type',
  'file-corrupt',
  'file-unsupported',
  'encoding-uncertain',
  // Structure
  'no-table',
  'sheet-skipped',
  'unit-missing',
  'unit-duplicate',
  'period-missing',
  'period-unreadable',
  'period-mismatch',
  'period-from-title',
  'date-unreadable',
  'unknown-row',
  'unknown-column',
  'unknown-note-section',
  'note-unit-unknown',
  'indicator-duplicate',
  'indicators-absent',
  // Values
  'value-empty',
  'report-empty',
  'value-negative',
  'value-decimal',
  'value-not-number',
  'value-formula-uncached',
  'value-error-cell',
  'value-with-text',
  'value-split',
  // Rules and totals
  'rule-sum',
  'rule-compare',
  'rule-derived',
  'total-mismatch',
  // Aggregation: units and periods across files
  'unit-unknown',
  'unit-ambiguous',
  'unit-repeated',
  'unit-conflict',
  'period-differs',
  'period-assumed',
  'parent-unknown',
  // Doubtful figures: compared with the previous period and with the other units
  'value-decreased',
  'value-outlier',
  'ratio-outlier',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** Findings about figures to doubt rather than errors in a file: the report and the JSON list them apart. */
export const DOUBT_CODES: ReadonlySet<FindingCode> = new Set(['value-decreased', 'value-outlier', 'ratio-outlier']);

/** Values a message is built from. Numbers are formatted by the presenter in the user's language. */
export type FindingParams = Record<string, string | number | (string | number)[] | undefined>;

/**
 * One problem found in one file: the single shape every stage produces and every formatter presents.
 * The message itself is not stored: presenters render it from `code` and `params` in the user's language.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The file the finding is about. */
  file: string;
  /** Where in the file; absent for file-level findings. */
  location?: Omit<Origin, 'file'>;
  /** The indicator concerned, by code. */
  indicator?: string;
  /** The schema rule that raised it. */
  rule?: string;
  /** The reporting unit concerned (for table layouts: the row's unit). */
  unit?: string;
  expected?: number | string | null;
  actual?: number | string | null;
  params: FindingParams;
  /** Other cells the finding is about (the parts of a sum, the other copy of a duplicate). */
  related?: Omit<Origin, 'file'>[];
}

export function locationOf(origin: Origin): Omit<Origin, 'file'> {
  const { file: _file, ...rest } = origin;
  return rest;
}

/** Order findings by position in the file: sheet order as given, then row, then column. */
export function compareFindings(a: Finding, b: Finding, sheetOrder: string[] = []): number {
  const la = a.location;
  const lb = b.location;
  if (!la && lb) return -1;
  if (la && !lb) return 1;
  if (la && lb) {
    const sa = la.sheet ? sheetOrder.indexOf(la.sheet) : -1;
    const sb = lb.sheet ? sheetOrder.indexOf(lb.sheet) : -1;
    if (sa !== sb) return sa - sb;
    const ra = rowOf(la);
    const rb = rowOf(lb);
    if (ra !== rb) return ra - rb;
    const ca = colOf(la);
    const cb = colOf(lb);
    if (ca !== cb) return ca - cb;
  }
  return 0;
}

function rowOf(l: Omit<Origin, 'file'>): number {
  if (l.cell) {
    const m = /\d+$/.exec(l.cell);
    if (m) return Number(m[0]);
  }
  return l.line ?? 0;
}

function colOf(l: Omit<Origin, 'file'>): number {
  if (l.cell) {
    const m = /^[A-Z]+/.exec(l.cell);
    if (m) return [...m[0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  }
  return l.column ?? 0;
}
