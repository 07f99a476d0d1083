import { makeFinding } from '../model/make-finding.js';
import type { Change, Comparison, IndicatorTotal, PreviousPeriod } from '../model/aggregate.js';
import type { Finding } from '../model/finding.js';
import { describePeriod } from '../i18n/period-words.js';
import type { Period } from '../model/period.js';
import type { ReportedValue } from '../model/submission.js';
import type { FullSchema } from '../schema/types.js';
import { codeKey, unitKey, type RosterIndex } from '../settings/roster.js';

interface CurrentUnit {
  name: string;
  code?: string;
  file: string;
  values: Map<string, ReportedValue>;
}

/** A figure against the previous one; null unless both periods have it. */
export function changeOf(previous: number | null | undefined, current: number | null | undefined): Change | null {
  if (previous === null || previous === undefined || current === null || current === undefined) return null;
  return { previous, current, change: current - previous, percent: previous === 0 ? null : ((current - previous) / previous) * 100 };
}

/**
 * Every total and every unit's figure against the previous period. A unit is the same unit in both periods by its
 * code, else by the roster, else by its name without prefixes. A count the schema says only grows (`neverFalls`)
 * and that fell is a warning on the cell of this period's figure, naming both figures.
 */
export function comparePeriods(
  units: CurrentUnit[],
  totals: IndicatorTotal[],
  previous: PreviousPeriod,
  schema: FullSchema,
  roster: RosterIndex | undefined,
  current: Period | null = null,
): { comparison: Comparison; findings: Finding[] } {
  // A figure counted over the period (`perPeriod`) compares only across periods as long; standing and running totals
  // (teams, members, accounts made so far) across any.
  const earlier = previous.period;
  const sameLength = !earlier || !current || earlier.lastMonth - earlier.firstMonth === current.lastMonth - current.firstMonth;
  const notCompared = sameLength ? [] : schema.indicators.filter((i) => i.perPeriod).map((i) => i.code);
  const compared = (code: string) => !notCompared.includes(code);
  const identity = (name: string) => {
    const row = roster?.match(name).unit;
    return row ? roster!.nameOf(row) : unitKey(name);
  };
  const byCode = new Map<string, PreviousPeriod['units'][number]>();
  const byName = new Map<string, PreviousPeriod['units'][number]>();
  for (const u of previous.units) {
    if (u.code) byCode.set(codeKey(u.code), u);
    byName.set(identity(u.name), u);
  }
  const totalsOut: Record<string, Change> = {};
  for (const t of totals) {
    if (!compared(t.code)) continue;
    const c = changeOf(previous.totals.get(t.code), t.value);
    if (c) totalsOut[t.code] = c;
  }
  const unitsOut: Record<string, Record<string, Change>> = {};
  const newUnits: string[] = [];
  const findings: Finding[] = [];
  const periodVi = previous.period ? describePeriod(previous.period, 'vi') : 'kỳ trước';
  const periodEn = previous.period ? describePeriod(previous.period, 'en') : 'the previous period';
  for (const u of units) {
    const before = (u.code ? byCode.get(codeKey(u.code)) : undefined) ?? byName.get(identity(u.name));
    if (!before) {
      newUnits.push(u.name);
      continue;
    }
    const changes: Record<string, Change> = {};
    for (const ind of schema.indicators) {
      if (!compared(ind.code)) continue;
      const now = u.values.get(ind.code);
      const c = changeOf(before.values.get(ind.code), now?.value);
      if (!c) continue;
      changes[ind.code] = c;
      if (ind.neverFalls && c.change < 0 && now) {
        findings.push(
          makeFinding(
            'value-decreased',
            u.file,
            now.origin,
            { label: ind.label, previous: c.previous, current: c.current, previousPeriod: periodVi, previousPeriodEn: periodEn },
            { unit: u.name, indicator: ind.code, expected: c.previous, actual: c.current },
          ),
        );
      }
    }
    unitsOut[u.name] = changes;
  }
  return { comparison: { period: previous.period, source: previous.source, totals: totalsOut, units: unitsOut, newUnits, notCompared }, findings };
}
