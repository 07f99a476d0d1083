import type { Cell } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { Origin } from '../model/origin.js';
import type { ReportedValue } from '../model/submission.js';
import { parseCount, readNumericCell, type NumberReading } from './number.js';

/** A value cell → the indicator's reported value, keeping what was typed and where. */
export function readValue(code: string, label: string, cell: Cell | undefined, origin: Origin, labelOrigin?: Origin): ReportedValue {
  const base = { code, label, origin: cell?.origin ?? origin, raw: cellText(cell), ...(labelOrigin ? { labelOrigin } : {}) };
  if (!cell || cell.mergedFrom) return { ...base, raw: '', value: null, status: 'empty' };
  const c = cell.content;
  switch (c.kind) {
    case 'number':
      return fromReading(base, readNumericCell(c.value));
    case 'text':
      return fromReading(base, parseCount(c.text));
    case 'formula':
      return { ...base, value: null, status: 'formula-uncached' };
    case 'error':
      return { ...base, value: null, status: 'error-cell' };
    case 'boolean':
    case 'date':
      return { ...base, value: null, status: 'not-a-number' };
  }
}

function fromReading(base: Omit<ReportedValue, 'value' | 'status'>, r: NumberReading): ReportedValue {
  switch (r.kind) {
    case 'empty':
      return { ...base, value: null, status: 'empty' };
    case 'text':
      return { ...base, value: null, status: 'not-a-number' };
    case 'negative':
      return { ...base, value: null, status: 'negative', ...(r.trailing ? { trailingText: r.trailing } : {}) };
    case 'decimal':
      return { ...base, value: null, status: 'decimal', ...(r.trailing ? { trailingText: r.trailing } : {}) };
    case 'integer':
      return r.trailing
        ? { ...base, value: r.value, status: 'with-text', trailingText: r.trailing }
        : { ...base, value: r.value, status: 'ok' };
  }
}

/** Whether a cell holds something that reads as a number (counted or not). */
export function looksNumeric(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.content.kind === 'number') return true;
  if (cell.content.kind !== 'text') return false;
  const r = parseCount(cell.content.text);
  return r.kind === 'integer' || r.kind === 'decimal' || r.kind === 'negative';
}
