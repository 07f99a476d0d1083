import { makeFinding } from '../model/make-finding.js';
import { fold } from '../model/fold.js';
import type { UnitEntry } from '../model/aggregate.js';
import type { Finding } from '../model/finding.js';
import type { Period } from '../model/period.js';
import { describePeriod } from '../i18n/period-words.js';
import type { ReportedValue } from '../model/submission.js';
import type { FileResult } from '../model/file-result.js';
import { codeKey, unitKey, type RosterIndex } from '../settings/roster.js';
import { groupBy } from './group-by.js';
import { isBlankReport } from '../check/values.js';
import { fileName } from '../model/relative-path.js';

/**
 * One entry per unit report of every readable file, with the errors that keep it out of the totals:
 * a form's errors are its unit's; a table's errors belong to the row they name, and a file-wide error to every row.
 * A hand-typed total row that is wrong is an error of the file, but the rows stay counted: that row is never added.
 */
export function unitEntries(results: FileResult[]): UnitEntry[] {
  const entries: UnitEntry[] = [];
  for (const r of results) {
    const sub = r.submission;
    if (!sub) continue;
    const errors = r.findings.filter((f) => f.severity === 'error');
    for (const report of sub.reports) {
      const written = report.unit?.value ?? '';
      const own = sub.layout === 'table' ? errors.filter((f) => (f.unit ? f.unit === written : f.code !== 'total-mismatch')) : errors;
      entries.push({
        file: r.path,
        report,
        writtenName: written,
        name: written,
        ...(report.unitCode ? { code: report.unitCode.value } : {}),
        key: unitKey(written),
        // A blank form is not a report: its unit stays among those that have not reported.
        ...(isBlankReport(report) ? { excluded: 'empty' as const } : own.length > 0 ? { excluded: 'errors' as const } : {}),
        ...(sub.layout === 'table' && sub.coveredUnit ? { fileParent: sub.coveredUnit.value } : {}),
      });
    }
  }
  return entries;
}

/**
 * A lower level's tong-hop.xlsx names the unit it covers (`Đơn vị: Huyện Tứ Kỳ`). When the roster knows that unit
 * as one expected to report and knows none of the table's rows, the file is that unit's report: its figures are the
 * sums of its rows (each row counted as the lower level counted it). Otherwise its rows are units in their own right.
 */
export function collapseSummaries(entries: UnitEntry[], results: FileResult[], roster: RosterIndex | undefined): UnitEntry[] {
  if (!roster) return entries;
  const reporting = new Set(roster.reporting);
  const out: UnitEntry[] = [];
  const byFile = groupBy(entries, (e) => e.file);
  const submissionOf = new Map(results.map((r) => [r.path, r.submission]));
  const done = new Set<string>();
  for (const e of entries) {
    if (done.has(e.file)) continue;
    const mine = byFile.get(e.file)!;
    const sub = submissionOf.get(e.file);
    const covered = sub?.layout === 'table' ? sub.coveredUnit : undefined;
    const unit = covered ? roster.match(covered.value).unit : undefined;
    const rowsKnown = () =>
      mine.some((m) => {
        const u = roster.match(m.writtenName, m.code).unit;
        return u !== undefined && reporting.has(u);
      });
    if (!covered || !unit || !reporting.has(unit) || rowsKnown()) {
      out.push(e);
      continue;
    }
    done.add(e.file);
    const values = new Map<string, ReportedValue>();
    const totalCells = new Map<string, ReportedValue>();
    for (const t of sub?.typedTotals ?? []) for (const [code, v] of t.values) if (!totalCells.has(code)) totalCells.set(code, v);
    for (const m of mine) {
      for (const [code, v] of m.report.values) {
        if (v.value === null) continue;
        const sum = values.get(code);
        const origin = totalCells.get(code)?.origin ?? covered.origin;
        values.set(
          code,
          sum
            ? { ...sum, value: sum.value! + v.value, raw: String(sum.value! + v.value) }
            : { code, value: v.value, status: 'ok', raw: String(v.value), origin, label: v.label },
        );
      }
    }
    // Its rows' notes go with it, each prose note saying whose it is; their products are its products.
    const notes = mine.flatMap((m) => (m.report.notes ?? []).map((n) => (n.items ? n : { ...n, text: `${m.writtenName}: ${n.text}` })));
    out.push({
      file: e.file,
      report: {
        unit: covered,
        period: mine.find((m) => m.report.period)?.report.period ?? null,
        info: {},
        values,
        duplicates: [],
        ...(notes.length > 0 ? { notes } : {}),
      },
      writtenName: covered.value,
      name: covered.value,
      key: unitKey(covered.value),
      ...(mine.some((m) => m.excluded) ? { excluded: 'errors' as const } : {}),
    });
  }
  return out;
}

/** The period of the run: the one asked for, else the one most units reported (the earliest on a tie). */
export function runPeriod(entries: UnitEntry[], asked: Period | undefined): Period | null {
  if (asked) return asked;
  const counts = new Map<string, { period: Period; n: number }>();
  for (const e of entries) {
    const p = e.report.period?.value;
    if (!p) continue;
    const c = counts.get(p.key) ?? { period: p, n: 0 };
    c.n++;
    counts.set(p.key, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.period.key < b.period.key ? -1 : 1));
  return ranked[0]?.period ?? null;
}

/** Reports of another period are errors and not counted; a table row with no period takes the run's, with a warning. */
export function checkPeriods(entries: UnitEntry[], period: Period | null): Finding[] {
  const findings: Finding[] = [];
  if (!period) return findings;
  const warnedFiles = new Set<string>();
  for (const e of entries) {
    const p = e.report.period;
    if (p && p.value.key !== period.key) {
      findings.push(
        makeFinding(
          'period-differs',
          e.file,
          p.origin,
          {
            period: describePeriod(p.value, 'vi'),
            expected: describePeriod(period, 'vi'),
            periodEn: describePeriod(p.value, 'en'),
            expectedEn: describePeriod(period, 'en'),
          },
          {
            ...(e.writtenName ? { unit: e.writtenName } : {}),
            expected: period.key,
            actual: p.value.key,
          },
        ),
      );
      e.excluded ??= 'period';
    } else if (!p && !e.excluded && !warnedFiles.has(e.file)) {
      warnedFiles.add(e.file);
      findings.push(
        makeFinding(
          'period-assumed',
          e.file,
          undefined,
          { expected: describePeriod(period, 'vi'), expectedEn: describePeriod(period, 'en') },
          { expected: period.key },
        ),
      );
    }
  }
  return findings;
}

/**
 * Give each entry its roster unit; a name several units share is placed by `placesOf` (where the report is filed),
 * when that tells; a name the roster does not know is an error with the closest names suggested.
 */
export function matchRoster(entries: UnitEntry[], roster: RosterIndex | undefined, placesOf: (e: UnitEntry) => string[] = () => []): Finding[] {
  const findings: Finding[] = [];
  for (const e of entries) {
    if (!roster) continue;
    const m = roster.match(e.writtenName, e.code, placesOf(e));
    if (m.unit) {
      e.name = roster.nameOf(m.unit);
      e.key = e.name;
      if (m.unit.ma) e.code = m.unit.ma;
      continue;
    }
    if (m.ambiguous) {
      findings.push(
        makeFinding(
          'unit-ambiguous',
          e.file,
          e.report.unit?.origin ?? e.report.rowOrigin,
          { unit: e.writtenName, units: m.ambiguous },
          { unit: e.writtenName, actual: e.writtenName },
        ),
      );
      e.excluded ??= 'unknown-unit';
      continue;
    }
    findings.push(
      makeFinding(
        'unit-unknown',
        e.file,
        e.report.unit?.origin ?? e.report.rowOrigin,
        { unit: e.writtenName, suggestions: m.suggestions },
        { unit: e.writtenName, actual: e.writtenName },
      ),
    );
    e.excluded ??= 'unknown-unit';
  }
  return findings;
}

/** A file name as a copy is named: `Tu Ky (1).xlsx`, `Tu Ky - Copy.xlsx`, `Copy of …`, `Tu Ky (bản sao).xlsx`. */
export function hasCopyMark(path: string): boolean {
  const name = fileName(path).replace(/\.[^.]*$/, '');
  return /\(\d{1,2}\)\s*$/.test(name) || /(^| )(copy|ban sao|sao chep)( |$)/.test(fold(name));
}

/**
 * Two reports for one unit: identical ones count once (a warning); differing ones are a conflict (an error) and
 * neither counts until the person keeps one. Entries already left out for errors do not take part. Reports of one
 * name that each give a different unit code (Mã đơn vị) are of different units — the country has many a Xã Tân Lập —
 * and are named with their code. The other files are named by `inFolder`, as the outputs name files (from the
 * submissions folder), so that the messages do not depend on where the folder is or how it was given.
 */
export function resolveRepeats(entries: UnitEntry[], inFolder: (path: string) => string): Finding[] {
  const findings: Finding[] = [];
  const byKey = new Map<string, UnitEntry[]>();
  for (const e of entries) {
    if (e.excluded || !e.writtenName) continue;
    const list = byKey.get(e.key) ?? [];
    list.push(e);
    byKey.set(e.key, list);
  }
  const groups: UnitEntry[][] = [];
  for (const group of byKey.values()) {
    const codes = new Set(group.map((e) => (e.code === undefined ? undefined : codeKey(e.code))));
    if (group.length < 2 || codes.size < 2 || codes.has(undefined)) {
      groups.push(group);
      continue;
    }
    for (const code of codes) {
      const same = group.filter((e) => codeKey(e.code!) === code);
      const written = same[0]!.code;
      for (const e of same) {
        e.name = `${e.name} (mã ${written})`;
        e.key = `${e.key}#${code}`;
      }
      groups.push(same);
    }
  }
  for (const unordered of groups) {
    if (unordered.length < 2) continue;
    // Of identical copies the original is the one counted: a name with no copy mark ("(1)", "- Copy", "bản sao").
    const group = [...unordered.filter((e) => !hasCopyMark(e.file)), ...unordered.filter((e) => hasCopyMark(e.file))];
    const first = group[0]!;
    const differ = new Set<string>();
    for (const other of group.slice(1)) for (const code of differingCodes(first.report.values, other.report.values)) differ.add(code);
    if (differ.size === 0) {
      for (const dup of group.slice(1)) {
        dup.excluded = 'repeated';
        findings.push(makeFinding('unit-repeated', dup.file, dup.report.unit?.origin, { unit: dup.name, other: inFolder(first.file) }, { unit: dup.name }));
      }
      continue;
    }
    const files = group.map((g) => inFolder(g.file));
    // Each differing figure by its label, with every file's value side by side, file by file ('': not reported there).
    const diffLabels = [...differ].map((code) => group.map((g) => g.report.values.get(code)?.label).find(Boolean) ?? code);
    const diffValues = [...differ].flatMap((code) => group.map((g) => g.report.values.get(code)?.value ?? ''));
    for (const e of group) {
      e.excluded = 'conflict';
      findings.push(
        makeFinding(
          'unit-conflict',
          e.file,
          e.report.unit?.origin,
          { unit: e.name, count: group.length, files, differ: [...differ], diffLabels, diffValues },
          { unit: e.name },
        ),
      );
    }
  }
  return findings;
}

function differingCodes(a: Map<string, ReportedValue>, b: Map<string, ReportedValue>): string[] {
  const codes = new Set([...a.keys(), ...b.keys()]);
  return [...codes].filter((c) => (a.get(c)?.value ?? null) !== (b.get(c)?.value ?? null));
}

/** Folded name for ordering without a roster. */
export function nameOrder(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  return fa < fb ? -1 : fa > fb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
