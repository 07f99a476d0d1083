import type { Finding } from '../model/finding.js';
import type { Submission } from '../model/submission.js';
import type { FullSchema } from '../schema/types.js';
import { makeFinding } from '../model/make-finding.js';

/** A total row typed by hand is never added in: each of its figures is checked against the sum of the rows. */
export function checkTypedTotals(s: Submission, schema: FullSchema): Finding[] {
  const out: Finding[] = [];
  for (const total of s.typedTotals) {
    for (const [code, typed] of total.values) {
      if (typed.value === null) continue;
      let sum = 0;
      let rows = 0;
      let unusable = 0;
      for (const r of s.reports) {
        const v = r.values.get(code);
        if (!v || v.status === 'empty') continue;
        if (v.value === null) unusable++;
        else {
          sum += v.value;
          rows++;
        }
      }
      if (sum === typed.value) continue;
      out.push(
        makeFinding(
          'total-mismatch',
          s.path,
          typed.origin,
          {
            label: schema.indicators.find((i) => i.code === code)?.label ?? typed.label,
            typed: typed.value,
            sum,
            rows,
            unusable,
            difference: typed.value - sum,
          },
          { indicator: code, expected: sum, actual: typed.value },
        ),
      );
    }
  }
  return out;
}
