import type { UnitReport } from '../model/submission.js';
import type { FullSchema } from '../schema/types.js';

/**
 * Rules marked `derive`: with the total not reported and every part reported, the total is the sum of the parts.
 * The derived value says what it was computed from, so checks can say so and nothing looks typed that was not.
 */
export function deriveTotals(report: UnitReport, schema: FullSchema): void {
  for (const rule of schema.rules) {
    if (rule.type !== 'sum' || !rule.derive) continue;
    const total = report.values.get(rule.total);
    if (total && total.status !== 'empty') continue;
    const parts = rule.parts.map((p) => report.values.get(p));
    if (parts.some((p) => !p || p.value === null)) continue;
    const sum = parts.reduce((s, p) => s + p!.value!, 0);
    const first = parts[0]!;
    const label = schema.indicators.find((i) => i.code === rule.total)?.label ?? rule.total;
    report.values.set(rule.total, {
      code: rule.total,
      label,
      value: sum,
      status: 'ok',
      raw: '',
      origin: total?.origin ?? first.origin,
      derivedFrom: rule.parts,
    });
  }
}
