import type { BookFormat } from './sheet.js';
import type { Finding } from './finding.js';
import type { Period } from './period.js';
import type { ReportedValue, UnitReport } from './submission.js';

/** The files `cnscd aggregate` writes. */
export const OUTPUT_NAMES = { report: 'bao-cao.docx', checks: 'kiem-tra.docx', workbook: 'tong-hop.xlsx', json: 'tong-hop.json' } as const;

/** Why a folder entry was not read as a submission. */
export type SkipReason =
  | 'lock-file'
  | 'hidden'
  | 'system-file'
  | 'document'
  | 'document-no-table'
  | 'folder'
  | 'folder-link'
  | 'earlier-output'
  | 'settings'
  | 'not-a-submission';

export interface Skipped {
  path: string;
  reason: SkipReason;
}

/** Why a unit's report is not in the totals. */
export type ExclusionReason = 'errors' | 'period' | 'unknown-unit' | 'conflict' | 'repeated' | 'empty';

/** The reasons a report is left out, in the order the outputs give them (a repeat is counted once, in its first copy). */
export const EXCLUSION_ORDER: readonly Exclude<ExclusionReason, 'repeated'>[] = ['empty', 'errors', 'conflict', 'period', 'unknown-unit'];

/** One unit's report as aggregation sees it: where it came from, who it is, whether it counts. */
export interface UnitEntry {
  file: string;
  report: UnitReport;
  /** The name as written in the file. */
  writtenName: string;
  /** The name the aggregate uses: the roster's, or the written one. */
  name: string;
  code?: string;
  /** Identity across files: the roster unit's name, or the folded written name. */
  key: string;
  excluded?: ExclusionReason;
  /** For a row of a table that names the unit it covers (a lower level's tong-hop.xlsx): that unit. */
  fileParent?: string;
}

export interface FileSummary {
  path: string;
  sha256: string;
  format?: BookFormat;
  layout?: 'form' | 'table' | null;
  /** Units as the aggregate names them. */
  units: string[];
  status: 'counted' | 'partly-counted' | 'not-counted' | 'unreadable';
  /** Why its reports (or some of them) were not counted, the first reason of its entries' order. */
  reason?: ExclusionReason;
  errors: number;
  warnings: number;
}

export interface IndicatorTotal {
  code: string;
  label: string;
  measure: string;
  /** The sum over counted units that reported it; null when none did. */
  value: number | null;
  /** How many counted units reported it. */
  reported: number;
}

export interface RatioTotal {
  id: string;
  label: string;
  format: 'percent' | 'per';
  numerator: number;
  denominator: number;
  /** numerator / denominator of the sums, over the units that reported both; null when the denominator is 0 or none did. */
  value: number | null;
  units: number;
  /** The indicators the ratio is of: its basis differs from their plain totals when some units reported only one. */
  of: { numerator: string; denominator: string };
}

export interface ProductList {
  section: string;
  items: { name: string; units: string[] }[];
}

export interface UnitNote {
  unit: string;
  text: string;
}

/** The administrative level units are grouped under with `--by`: district, province, or each unit's direct parent. */
export type Level = 'huyen' | 'tinh' | 'parent';

/** A parent unit and the counted units under it, with their subtotals (sums over its units, as the totals are). */
export interface UnitGroup {
  name: string;
  code?: string;
  /** Its counted units, by name, in the order of `units`. */
  units: string[];
  totals: IndicatorTotal[];
}

export interface Grouping {
  level: Level;
  groups: UnitGroup[];
}

/** One figure against the previous period's. `percent` is null when the previous figure is 0. */
export interface Change {
  previous: number;
  current: number;
  change: number;
  percent: number | null;
}

/** The previous period as read from its tong-hop.json (or aggregated from its folder). */
export interface PreviousPeriod {
  period: Period | null;
  /** Where it came from (a file or folder name). */
  source: string;
  totals: Map<string, number | null>;
  units: { name: string; code?: string; values: Map<string, number | null> }[];
}

export interface Comparison {
  period: Period | null;
  source: string;
  /** By indicator code; only indicators with a figure in both periods. */
  totals: Record<string, Change>;
  /** By unit name, then indicator code. */
  units: Record<string, Record<string, Change>>;
  /** Counted units with no figures in the previous period. */
  newUnits: string[];
  /**
   * Indicators counted over the period (trainings, accounts made: not those the schema says only grow, such as teams
   * and members) left out of the comparison because the two periods differ in length: six months against a year
   * would read as a fall of half.
   */
  notCompared: string[];
}

/** A group of units the clerk's sorting rules name (`chưa triển khai tập huấn`). */
export interface UnitClass {
  name: string;
  units: string[];
}

/** Everything an aggregate run found: the input to every presenter. */
export interface Aggregate {
  dir: string;
  period: Period | null;
  schemaId: string;
  /** Counted units, in roster order (or by name), with their values. */
  units: { name: string; code?: string; file: string; parent?: string; values: Map<string, ReportedValue> }[];
  totals: IndicatorTotal[];
  ratios: RatioTotal[];
  products: ProductList[];
  notes: Record<string, UnitNote[]>;
  /** With a roster: expected units; without: null. */
  roster: { name: string; expected: number; source: string } | null;
  /** The report settings file used (cnscd.config.json), null for none (the letterhead left blank), and any found but not used. */
  config: { source: string | null; unused: string[] };
  /** Roster units with no report at all. */
  missing: { name: string; code?: string }[];
  /** Units that reported but whose report is not counted, and why. */
  notCounted: { name: string; file: string; reason: ExclusionReason }[];
  files: FileSummary[];
  skipped: Skipped[];
  findings: Finding[];
  /** With `--by`: the units under their parents, with subtotals. */
  grouping: Grouping | null;
  /** With `--previous`: every total and unit figure against the previous period. */
  comparison: Comparison | null;
  /** The clerk's sorting rules applied (empty without rules); `unsorted` are units no rule took. */
  classes: UnitClass[];
  unsorted: string[];
  /** The unit this aggregate covers (config `tenDonVi`, or the roster units' common parent). */
  coveredUnit: string | null;
}

/** Roster units whose only word was a blank form: counted among the missing (a blank form is not a report). */
export function blankFormUnits(a: Pick<Aggregate, 'missing' | 'files'>): Set<string> {
  const missing = new Set(a.missing.map((m) => m.name));
  return new Set(a.files.filter((f) => f.reason === 'empty').flatMap((f) => f.units.filter((u) => missing.has(u))));
}
