import type { UnitClass } from '../model/aggregate.js';
import type { ReportedValue } from '../model/submission.js';
import type { ReportConfig } from '../settings/report-config.js';

type Rule = ReportConfig['phanLoai'][number];
type Condition = Rule['dieuKien'][number];

function holds(c: Condition, values: Map<string, ReportedValue>): boolean {
  const v = values.get(c.chiTieu)?.value;
  // A figure not reported meets no condition: "not reported" is not 0.
  if (v === null || v === undefined) return false;
  switch (c.phepSo) {
    case '<':
      return v < c.giaTri;
    case '<=':
      return v <= c.giaTri;
    case '=':
      return v === c.giaTri;
    case '>=':
      return v >= c.giaTri;
    case '>':
      return v > c.giaTri;
  }
}

/**
 * The clerk's sorting rules: each unit goes to the first group whose conditions all hold (a group with none takes
 * every unit left). Groups keep the rules' order, units their order; units no group takes are returned apart.
 */
export function sortUnits(units: { name: string; values: Map<string, ReportedValue> }[], rules: Rule[]): { classes: UnitClass[]; unsorted: string[] } {
  if (rules.length === 0) return { classes: [], unsorted: [] };
  const classes: UnitClass[] = rules.map((r) => ({ name: r.ten, units: [] }));
  const unsorted: string[] = [];
  for (const u of units) {
    const i = rules.findIndex((r) => r.dieuKien.every((c) => holds(c, u.values)));
    if (i < 0) unsorted.push(u.name);
    else classes[i]!.units.push(u.name);
  }
  return { classes, unsorted };
}
