import type { Finding } from '../model/finding.js';
import type { Origin } from '../model/origin.js';
import type { ReportedValue, Submission, UnitReport } from '../model/submission.js';
import type { CompareRule, FullSchema, SumRule } from '../schema/types.js';
import { makeFinding } from '../model/make-finding.js';

/** The schema's rules over each unit's values. A rule that needs a value not reported is skipped, not failed. */
export function checkRules(s: Submission, schema: FullSchema): Finding[] {
  const out: Finding[] = [];
  for (const r of s.reports) {
    for (const rule of schema.rules) {
      const f = rule.type === 'sum' ? sumRule(s.path, r, rule, schema) : compareRule(s.path, r, rule, schema);
      if (f) out.push(f);
    }
  }
  return out;
}

function usable(v: ReportedValue | undefined): v is ReportedValue & { value: number } {
  return !!v && v.value !== null;
}

function labelOf(schema: FullSchema, code: string): string {
  return schema.indicators.find((i) => i.code === code)?.label ?? code;
}

function where(o: Origin): string {
  return o.cell ?? (o.line ? `${o.line}:${o.column ?? ''}` : '');
}

function sumRule(file: string, r: UnitReport, rule: SumRule, schema: FullSchema): Finding | undefined {
  const total = r.values.get(rule.total);
  const parts = rule.parts.map((p) => r.values.get(p));
  const unit = r.unit?.value;
  const ctx = { rule: rule.id, indicator: rule.total, ...(unit ? { unit } : {}) };
  if (usable(total) && total.derivedFrom) {
    return makeFinding(
      'rule-derived',
      file,
      parts[0]!.origin,
      {
        total: labelOf(schema, rule.total),
        parts: parts.map((p) => `${p!.value}`),
        partLabels: rule.parts.map((c) => labelOf(schema, c)),
        cells: parts.map((p) => where(p!.origin)),
        value: total.value,
      },
      { ...ctx, actual: total.value, related: parts.map((p) => p!.origin) },
    );
  }
  if (!usable(total) || !parts.every(usable)) return undefined;
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  if (sum === total.value) return undefined;
  return makeFinding(
    'rule-sum',
    file,
    total.origin,
    {
      total: labelOf(schema, rule.total),
      totalCell: where(total.origin),
      totalValue: total.value,
      partLabels: rule.parts.map((c) => labelOf(schema, c)),
      cells: parts.map((p) => where(p.origin)),
      parts: parts.map((p) => p.value),
      sum,
    },
    { ...ctx, severity: rule.severity, expected: sum, actual: total.value, related: parts.map((p) => p.origin) },
  );
}

const HOLDS: Record<CompareRule['op'], (a: number, b: number) => boolean> = {
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '=': (a, b) => a === b,
};

function compareRule(file: string, r: UnitReport, rule: CompareRule, schema: FullSchema): Finding | undefined {
  const left = r.values.get(rule.left);
  const right = r.values.get(rule.right);
  if (!usable(left) || !usable(right)) return undefined;
  if (HOLDS[rule.op](left.value, right.value)) return undefined;
  const unit = r.unit?.value;
  return makeFinding(
    'rule-compare',
    file,
    left.origin,
    {
      left: labelOf(schema, rule.left),
      leftCell: where(left.origin),
      leftValue: left.value,
      op: rule.op,
      right: labelOf(schema, rule.right),
      rightCell: where(right.origin),
      rightValue: right.value,
    },
    {
      rule: rule.id,
      indicator: rule.left,
      ...(unit ? { unit } : {}),
      severity: rule.severity,
      expected: `${rule.op} ${right.value}`,
      actual: left.value,
      related: [right.origin],
    },
  );
}
