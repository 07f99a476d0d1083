import type { BookFormat } from './sheet.js';
import type { Origin } from './origin.js';
import type { Period } from './period.js';

/** How a value cell read. Only `ok` (and `with-text`, whose number was taken) carry a number. */
export type ValueStatus = 'ok' | 'with-text' | 'empty' | 'negative' | 'decimal' | 'not-a-number' | 'formula-uncached' | 'error-cell';

/** One indicator's value as a unit reported it, with where it came from. */
export interface ReportedValue {
  code: string;
  /** The count, or null when not reported or not usable. */
  value: number | null;
  status: ValueStatus;
  /** The cell as the person typed it (or Excel showed it). */
  raw: string;
  origin: Origin;
  /** The label (form row) or header (table column) that named the indicator. */
  label: string;
  /** Text that followed the number in the same cell (`11 sản phẩm gồm: …`). */
  trailingText?: string;
  /** For a value the tool computed (a total from its parts): the codes it was computed from. */
  derivedFrom?: string[];
  /** For a value read out of another indicator's cell (`71.994 trong đó: 4.621 mức độ 1 …`): that indicator. */
  splitFrom?: string;
  /** An empty value cell whose row holds a number in another column (`Ghi chú`): that number, where it is. */
  elsewhere?: { raw: string; origin: Origin; column: string };
}

/** A text field with its origin (unit name, period, report date…). */
export interface Located<T = string> {
  value: T;
  text: string;
  origin: Origin;
}

/** What one unit reported for one period: a form, or one row of a table. */
export interface UnitReport {
  unit: Located<string> | null;
  unitCode?: Located<string>;
  period: Located<Period> | null;
  /** A period that was written but could not be understood. */
  periodUnreadable?: Located<string>;
  /** A `Kỳ báo cáo` key whose value cell is empty: that cell. */
  periodEmpty?: Origin;
  /** True when the period came from a title line rather than a `Kỳ báo cáo` field. */
  periodFromTitle?: boolean;
  reportDate?: Located<string>;
  dateUnreadable?: Located<string>;
  /** Other fields of `Thông tin` or of the lines above the table (Người lập, Điện thoại…). */
  info: Record<string, Located<string>>;
  /** The values, one per indicator code, in the order they stand in the file. */
  values: Map<string, ReportedValue>;
  /** Further cells that named an indicator already given (never counted). */
  duplicates: ReportedValue[];
  /** For a table row: the row's origin (its unit-name cell). */
  rowOrigin?: Origin;
  /**
   * For a row of a lower level's tong-hop.xlsx: that unit's notes and product lists, from the workbook's `Thuyết minh`
   * and `Sản phẩm` sheets (a form's are the file's `notes`).
   */
  notes?: NoteSection[];
}

/** A row of a table that a person typed as the total (`Tổng`, `Tổng cộng`, `Cộng`): checked, never added. */
export interface TypedTotal {
  label: string;
  origin: Origin;
  values: Map<string, ReportedValue>;
}

/** Something in the file that matched nothing the schema knows. Reported, never silently dropped. */
export interface Unmatched {
  kind: 'row' | 'column' | 'sheet' | 'note-section' | 'note-unit';
  label: string;
  origin: Origin;
  /** For rows and columns: the value cells it held (so nothing is lost). */
  values?: string[];
  /** Closest known name, when one is close. */
  suggestion?: { code: string; label: string };
}

/** A unit's prose and product lists, from the `Thuyết minh` sheet. */
export interface NoteSection {
  key: string;
  text: string;
  origin: Origin;
  /** For product-list sections: the names, split on `;`, `,` or new lines. */
  items?: string[];
}

/** Everything one file said, interpreted; the input to checks and aggregation. */
export interface Submission {
  path: string;
  format: BookFormat;
  /** A document cnscd itself wrote: an earlier run's output. */
  producer?: 'cnscd';
  encoding?: { name: string; detected: boolean };
  delimiter?: string;
  /** `form`: one unit (layout A). `table`: one unit per row (layout B). Null when no table was found. */
  layout: 'form' | 'table' | null;
  reports: UnitReport[];
  typedTotals: TypedTotal[];
  unmatched: Unmatched[];
  notes: NoteSection[];
  /** Sheets that held a table, in order. */
  dataSheets: string[];
  /** Indicators of the schema that the file's table has no row or column for (form layout). */
  absent: string[];
  /**
   * For a table (one row per unit): the unit the whole table covers, when a line above it names one
   * (`Đơn vị: Huyện Tứ Kỳ`, as a district's tong-hop.xlsx does): the rows' parent, for the level above.
   */
  coveredUnit?: Located;
}
