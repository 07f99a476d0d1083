import type { Cell } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { Origin } from '../model/origin.js';
import type { ReportedValue } from '../model/submission.js';
import { parseCount, readNumericCell, type NumberReading } from './number.js';

/** A value cell → the indicator's reported value, keeping what was typed and where. */
export function readValue(code: string, label: string, cell: Cell | undefined, origin: Origin): ReportedValue {
  // Built field by field, one shape for every value: tens of thousands of them in a national roll-up.
  const make = (value: number | null, status: ReportedValue['status'], raw: string, trailing?: string): ReportedValue => {
    const v: ReportedValue = { code, value, status, raw, origin: cell?.origin ?? origin, label };
    if (trailing) v.trailingText = trailing;
    return v;
  };
  if (!cell || cell.mergedFrom) return make(null, 'empty', '');
  const raw = cellText(cell);
  const c = cell.content;
  switch (c.kind) {
    case 'number':
      return fromReading(make, raw, readNumericCell(c.value));
    case 'text':
      return fromReading(make, raw, parseCount(c.text));
    case 'formula':
      return make(null, 'formula-uncached', raw);
    case 'error':
      return make(null, 'error-cell', raw);
    case 'boolean':
    case 'date':
      return make(null, 'not-a-number', raw);
  }
}

type Make = (value: number | null, status: ReportedValue['status'], raw: string, trailing?: string) => ReportedValue;

function fromReading(make: Make, raw: string, r: NumberReading): ReportedValue {
  switch (r.kind) {
    case 'empty':
      return make(null, 'empty', raw);
    case 'text':
      return make(null, 'not-a-number', raw);
    case 'negative':
      return make(null, 'negative', raw, r.trailing);
    case 'decimal':
      return make(null, 'decimal', raw, r.trailing);
    case 'integer':
      return r.trailing ? make(r.value, 'with-text', raw, r.trailing) : make(r.value, 'ok', raw);
  }
}
