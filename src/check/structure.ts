import type { Finding } from '../model/finding.js';
import type { Submission, UnitReport } from '../model/submission.js';
import { fold } from '../model/fold.js';
import type { Matcher } from '../schema/matcher.js';
import { makeFinding } from '../model/make-finding.js';

/** What the file is made of: a table found, unit and period stated, nothing unknown, nothing given twice. */
export function checkStructure(s: Submission, matcher: Matcher, expectedPeriod?: string): Finding[] {
  const out: Finding[] = [];
  const file = s.path;
  if (!s.layout) {
    out.push(makeFinding('no-table', file, undefined, { sheets: s.dataSheets.length }));
  }
  for (const u of s.unmatched) {
    const suggestion = u.suggestion ? { suggestion: u.suggestion.label, suggestionCode: u.suggestion.code } : {};
    switch (u.kind) {
      case 'sheet':
        out.push(
          makeFinding('sheet-skipped', file, u.origin, { sheet: u.label, ...(s.format === 'docx' && s.dataSheets[0] ? { read: s.dataSheets[0] } : {}) }),
        );
        break;
      case 'row':
        out.push(makeFinding('unknown-row', file, u.origin, { label: u.label, values: u.values ?? [], ...suggestion }, { actual: u.values?.[0] ?? null }));
        break;
      case 'column':
        out.push(
          makeFinding('unknown-column', file, u.origin, { label: u.label, count: u.values?.length ?? 0, values: (u.values ?? []).slice(0, 5), ...suggestion }),
        );
        break;
      case 'note-section':
        out.push(makeFinding('unknown-note-section', file, u.origin, { label: u.label }));
        break;
      case 'note-unit':
        out.push(makeFinding('note-unit-unknown', file, u.origin, { unit: u.label }, { unit: u.label }));
        break;
    }
  }
  const table = s.layout === 'table';
  for (const r of s.reports) for (const f of reportStructure(s, r, table, expectedPeriod)) out.push(f);
  if (table) for (const f of duplicateUnits(s)) out.push(f);
  if (s.layout === 'form' && s.absent.length > 0) {
    out.push(
      makeFinding('indicators-absent', file, undefined, {
        count: s.absent.length,
        codes: s.absent,
        labels: s.absent.map((c) => matcher.indicators.get(c)?.label ?? c),
      }),
    );
  }
  return out;
}

function reportStructure(s: Submission, r: UnitReport, table: boolean, expectedPeriod?: string): Finding[] {
  const out: Finding[] = [];
  const file = s.path;
  const unit = r.unit?.value;
  const where = table ? r.rowOrigin : undefined;
  const ctx = unit ? { unit } : {};
  if (!r.unit) out.push(makeFinding('unit-missing', file, where, { table: table ? 1 : 0 }));
  if (r.periodUnreadable) {
    out.push(makeFinding('period-unreadable', file, r.periodUnreadable.origin, { text: r.periodUnreadable.text }, { ...ctx, actual: r.periodUnreadable.text }));
  } else if (!r.period && !table) {
    // A `Kỳ báo cáo` row whose value is empty is pointed at, and said to be empty; no row at all, said so.
    out.push(makeFinding('period-missing', file, r.periodEmpty, r.periodEmpty ? { empty: 1 } : {}, ctx));
  }
  if (r.period && r.periodFromTitle) {
    out.push(makeFinding('period-from-title', file, r.period.origin, { period: r.period.value.key, text: r.period.text }, ctx));
  }
  if (r.period && expectedPeriod && r.period.value.key !== expectedPeriod) {
    out.push(
      makeFinding(
        'period-mismatch',
        file,
        r.period.origin,
        { period: r.period.value.key, expected: expectedPeriod },
        { ...ctx, expected: expectedPeriod, actual: r.period.value.key },
      ),
    );
  }
  if (r.dateUnreadable) out.push(makeFinding('date-unreadable', file, r.dateUnreadable.origin, { text: r.dateUnreadable.text }, ctx));
  for (const d of r.duplicates) {
    const first = r.values.get(d.code);
    out.push(
      makeFinding(
        'indicator-duplicate',
        file,
        d.origin,
        {
          label: d.label,
          first: first?.origin.cell ?? (first?.origin.line !== undefined ? `${first.origin.line}:` : ''),
          firstRaw: first?.raw ?? '',
          raw: d.raw,
        },
        { ...ctx, indicator: d.code, expected: first?.value ?? null, actual: d.value, related: first ? [first.origin] : [] },
      ),
    );
  }
  return out;
}

/** A table that lists one unit twice. */
function duplicateUnits(s: Submission): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, (typeof s.reports)[number]>();
  for (const r of s.reports) {
    if (!r.unit) continue;
    const key = fold(r.unit.value);
    const first = seen.get(key);
    if (first) {
      out.push(
        makeFinding(
          'unit-duplicate',
          s.path,
          r.rowOrigin,
          { unit: r.unit.value, first: first.rowOrigin?.cell ?? (first.rowOrigin?.line !== undefined ? `${first.rowOrigin.line}:` : '') },
          { unit: r.unit.value, related: first.rowOrigin ? [first.rowOrigin] : [] },
        ),
      );
    } else seen.set(key, r);
  }
  return out;
}
