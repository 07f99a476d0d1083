import { makeFinding } from '../model/make-finding.js';
import type { Finding } from '../model/finding.js';
import type { ReportedValue } from '../model/submission.js';
import type { FullSchema } from '../schema/types.js';

interface Unit {
  name: string;
  file: string;
  values: Map<string, ReportedValue>;
}

export interface DoubtOptions {
  /** How many scaled median absolute deviations from the median, on a log scale, make a figure doubtful. */
  threshold: number;
  /** The fewest units with a figure for the comparison to mean anything. */
  minUnits: number;
  /**
   * And at least this many times above or below the median: units differ in size, so a figure three times the
   * middle one is ordinary even where the figures happen to lie close together.
   */
  minFactor: number;
}

/** Median of sorted numbers. */
function median(sorted: Float64Array): number {
  const n = sorted.length;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/** Numbers sorted in a copy (a typed array sorts numerically, with no comparison called per pair). */
function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * Robust distance of each figure from the others: on a log scale (units differ in size by multiples, not by
 * amounts), (log x − median) / (1.4826 · MAD). When more than half the figures are equal the MAD is 0: the mean
 * absolute deviation (× 1.2533) stands in; when every figure is equal, nothing is far.
 */
export function robustScores(values: number[]): { scores: number[]; median: number } {
  const n = values.length;
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) logs[i] = Math.log(values[i]!);
  const med = median(sortedCopy(logs));
  const deviations = new Float64Array(n);
  for (let i = 0; i < n; i++) deviations[i] = Math.abs(logs[i]! - med);
  let scale = 1.4826 * median(sortedCopy(deviations));
  if (scale === 0) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += deviations[i]!;
    scale = 1.2533 * (sum / n);
  }
  const scores = new Array<number>(n);
  for (let i = 0; i < n; i++) scores[i] = scale === 0 ? 0 : (logs[i]! - med) / scale;
  return { scores, median: median(sortedCopy(values)) };
}

function far(z: number, x: number, mid: number, options: DoubtOptions): boolean {
  return Math.abs(z) > options.threshold && Math.max(x / mid, mid / x) >= options.minFactor;
}

/** A factor as people read it: 25 times, 4,1 times. */
function readable(x: number): number {
  return x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
}

/** A ratio to read: two significant decimals below 10, one below 100, whole above. */
function ratioFigure(x: number): number {
  return x >= 100 ? Math.round(x) : x >= 10 ? Math.round(x * 10) / 10 : Math.round(x * 100) / 100;
}

/**
 * Doubtful figures among the counted units, never changed, only flagged (warnings):
 * - per indicator, a figure far from the other units' (zeros are left out: "none yet" is not a size);
 * - per ratio check of the schema (accounts per citizen guided…), a unit whose ratio is far from the others'.
 */
export function doubtfulFigures(units: Unit[], schema: FullSchema, options: DoubtOptions): Finding[] {
  const findings: Finding[] = [];
  for (const ind of schema.indicators) {
    const having = units.filter((u) => (u.values.get(ind.code)?.value ?? 0) > 0);
    if (having.length < options.minUnits) continue;
    const figures = having.map((u) => u.values.get(ind.code)!.value!);
    const { scores, median: mid } = robustScores(figures);
    scores.forEach((z, i) => {
      if (!far(z, figures[i]!, mid, options)) return;
      const u = having[i]!;
      const v = u.values.get(ind.code)!;
      const value = v.value!;
      const high = z > 0;
      findings.push(
        makeFinding(
          'value-outlier',
          u.file,
          v.origin,
          {
            label: ind.label,
            value,
            median: Math.round(mid),
            factor: readable(high ? value / mid : mid / value),
            direction: high ? 'high' : 'low',
            units: having.length,
            score: Math.round(z * 10) / 10,
          },
          { unit: u.name, indicator: ind.code, actual: value },
        ),
      );
    });
  }
  const labelOf = new Map(schema.indicators.map((i) => [i.code, i.label]));
  for (const check of schema.ratioChecks) {
    const having = units.filter((u) => (u.values.get(check.numerator)?.value ?? 0) > 0 && (u.values.get(check.denominator)?.value ?? 0) > 0);
    if (having.length < options.minUnits) continue;
    const ratios = having.map((u) => u.values.get(check.numerator)!.value! / u.values.get(check.denominator)!.value!);
    const { scores, median: mid } = robustScores(ratios);
    scores.forEach((z, i) => {
      if (!far(z, ratios[i]!, mid, options)) return;
      const u = having[i]!;
      const num = u.values.get(check.numerator)!;
      const den = u.values.get(check.denominator)!;
      findings.push(
        makeFinding(
          'ratio-outlier',
          u.file,
          num.origin,
          {
            check: check.id,
            label: check.label,
            numerator: num.value!,
            denominator: den.value!,
            numeratorLabel: labelOf.get(check.numerator) ?? check.numerator,
            denominatorLabel: labelOf.get(check.denominator) ?? check.denominator,
            numeratorCode: check.numerator,
            denominatorCode: check.denominator,
            ratio: ratioFigure(ratios[i]!),
            median: ratioFigure(mid),
            direction: z > 0 ? 'high' : 'low',
            units: having.length,
            score: Math.round(z * 10) / 10,
          },
          { unit: u.name, rule: check.id, indicator: check.numerator, actual: ratioFigure(ratios[i]!), expected: ratioFigure(mid), related: [den.origin] },
        ),
      );
    });
  }
  return findings;
}
