import { relativeTo } from '../model/relative-path.js';
import type { Aggregate } from '../model/aggregate.js';
import { describePeriod } from '../i18n/period-words.js';
import type { Lang } from '../model/lang.js';
import { countBySeverity } from '../model/file-result.js';
import { findingJson, valuesJson } from './json.js';
import { jsonBytes, lazyArray } from './json-bytes.js';
import { messageOf } from '../i18n/messages.js';
import type { Change } from '../model/aggregate.js';
import { DOUBT_CODES } from '../model/finding.js';

/** A change with its percent to one decimal (null when the previous figure is 0); nothing without a change. */
function changeJson(c: Change | undefined): { previous?: number; change?: number; percent?: number | null } {
  if (!c) return {};
  return { previous: c.previous, change: c.change, percent: c.percent === null ? null : Math.round(c.percent * 10) / 10 };
}

/**
 * tong-hop.json (as UTF-8 pieces: jsonBytes), and what `cnscd aggregate --json` prints: stable keys and order for CI jobs to read.
 * File paths are relative to the submissions folder, so the document does not depend on where it was run.
 */
export function aggregateJson(a: Aggregate, lang: Lang): Iterable<Buffer> {
  const rel = relativeTo(a.dir, '.');
  const { errors, warnings } = countBySeverity(a.findings);
  const doc = {
    generator: 'cnscd',
    schema: a.schemaId,
    period: a.period?.key ?? null,
    periodLabel: a.period ? describePeriod(a.period, lang) : null,
    coveredUnit: a.coveredUnit,
    totals: Object.fromEntries(
      a.totals.map((t) => [
        t.code,
        { value: t.value, reported: t.reported, of: a.units.length, label: t.label, measure: t.measure, ...changeJson(a.comparison?.totals[t.code]) },
      ]),
    ),
    ratios: Object.fromEntries(
      a.ratios.map((r) => [r.id, { value: r.value, numerator: r.numerator, denominator: r.denominator, units: r.units, label: r.label }]),
    ),
    units: lazyArray(a.units, (u) => ({
      name: u.name,
      code: u.code ?? null,
      ...(a.grouping ? { parent: u.parent ?? null } : {}),
      file: rel(u.file),
      values: valuesJson(u.values, rel),
      ...(a.comparison ? { changes: Object.fromEntries(Object.entries(a.comparison.units[u.name] ?? {}).map(([code, c]) => [code, changeJson(c)])) } : {}),
    })),
    groups: a.grouping
      ? {
          level: a.grouping.level,
          groups: a.grouping.groups.map((g) => ({
            name: g.name,
            code: g.code ?? null,
            units: g.units,
            totals: Object.fromEntries(g.totals.map((t) => [t.code, { value: t.value, reported: t.reported, of: g.units.length }])),
          })),
        }
      : null,
    previous: a.comparison
      ? {
          period: a.comparison.period?.key ?? null,
          periodLabel: a.comparison.period ? describePeriod(a.comparison.period, lang) : null,
          source: a.comparison.source,
          newUnits: a.comparison.newUnits,
          notCompared: a.comparison.notCompared,
        }
      : null,
    doubtful: lazyArray(
      a.findings.filter((f) => DOUBT_CODES.has(f.code)),
      (f) => ({
        code: f.code,
        unit: f.unit ?? null,
        indicator: f.indicator ?? null,
        check: f.rule ?? null,
        expected: f.expected ?? null,
        actual: f.actual ?? null,
        message: messageOf(f, lang),
      }),
    ),
    classes: a.classes.map((c) => ({ name: c.name, units: c.units })),
    unsorted: a.unsorted,
    config: { source: a.config.source ? rel(a.config.source) : null, unused: a.config.unused.map(rel) },
    roster: a.roster ? { name: a.roster.name, source: a.roster.source, expected: a.roster.expected, reported: a.roster.expected - a.missing.length } : null,
    missing: a.missing.map((m) => ({ name: m.name, code: m.code ?? null })),
    notCounted: a.notCounted.map((n) => ({ name: n.name, file: rel(n.file), reason: n.reason })),
    products: Object.fromEntries(a.products.map((p) => [p.section, p.items])),
    notes: a.notes,
    files: lazyArray(a.files, (f) => ({
      path: rel(f.path),
      sha256: f.sha256,
      format: f.format ?? null,
      layout: f.layout ?? null,
      units: f.units,
      status: f.status,
      ...(f.reason ? { reason: f.reason } : {}),
      errors: f.errors,
      warnings: f.warnings,
    })),
    skipped: a.skipped.map((s) => ({ path: rel(s.path), reason: s.reason })),
    findings: lazyArray(a.findings, (f) => ({ file: rel(f.file), ...findingJson(f, lang) })),
    summary: { units: a.units.length, files: a.files.length, skipped: a.skipped.length, errors, warnings },
  };
  return jsonBytes(doc);
}
