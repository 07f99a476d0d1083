import type { Finding, FindingCode } from '../model/finding.js';
import type { ReportedValue, Submission, UnitReport } from '../model/submission.js';
import { makeFinding } from '../model/make-finding.js';

const STATUS_CODE: Partial<Record<ReportedValue['status'], FindingCode>> = {
  empty: 'value-empty',
  negative: 'value-negative',
  decimal: 'value-decimal',
  'not-a-number': 'value-not-number',
  'formula-uncached': 'value-formula-uncached',
  'error-cell': 'value-error-cell',
  'with-text': 'value-with-text',
};

/** A report with indicator cells, every one of them empty: a blank form, not a report. */
export function isBlankReport(r: UnitReport): boolean {
  if (r.values.size === 0 || r.duplicates.length > 0) return false;
  for (const v of r.values.values()) if (v.status !== 'empty' || v.derivedFrom || v.elsewhere) return false;
  return true;
}

/** Every value cell: a whole number ≥ 0, or said to be something else, at its cell. */
export function checkValues(s: Submission): Finding[] {
  const out: Finding[] = [];
  for (const r of s.reports) {
    // In a table, say which unit's row; in a form the whole file is one unit.
    const unit = s.layout === 'table' ? r.unit?.value : undefined;
    // A form sent back blank is not a report: one finding for it, not one for each empty cell.
    if (isBlankReport(r)) {
      out.push(makeFinding('report-empty', s.path, r.unit?.origin ?? r.rowOrigin, { count: r.values.size }, unit ? { unit } : {}));
      continue;
    }
    for (const v of [...r.values.values(), ...r.duplicates]) for (const f of valueFindings(s.path, v, unit)) out.push(f);
  }
  for (const t of s.typedTotals) for (const v of t.values.values()) if (v.status !== 'empty') out.push(...valueFindings(s.path, v, t.label));
  return out;
}

function valueFindings(file: string, v: ReportedValue, unit: string | undefined): Finding[] {
  if (v.derivedFrom) return [];
  const ctx = { indicator: v.code, ...(unit ? { unit } : {}) };
  if (v.splitFrom) {
    return [makeFinding('value-split', file, v.origin, { label: v.label, value: v.value ?? 0, raw: v.raw, from: v.splitFrom }, { ...ctx, actual: v.value })];
  }
  const code = STATUS_CODE[v.status];
  if (!code) return [];
  return [
    makeFinding(
      code,
      file,
      v.origin,
      {
        label: v.label,
        raw: v.raw,
        value: v.value ?? undefined,
        trailing: v.trailingText,
        ...(v.elsewhere
          ? {
              elsewhere: v.elsewhere.raw,
              elsewhereColumn: v.elsewhere.column,
              elsewhereAt: v.elsewhere.origin.cell ?? `${v.elsewhere.origin.line}:${v.elsewhere.origin.column}`,
            }
          : {}),
      },
      { ...ctx, actual: v.status === 'with-text' ? v.value : v.raw === '' ? null : v.raw, expected: code === 'value-empty' ? null : undefined },
    ),
  ];
}
