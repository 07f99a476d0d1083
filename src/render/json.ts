import type { Finding } from '../model/finding.js';
import type { Origin } from '../model/origin.js';
import { describePeriod } from '../i18n/period-words.js';
import type { ReportedValue, UnitReport } from '../model/submission.js';
import type { Lang } from '../model/lang.js';
import { messageOf } from '../i18n/messages.js';
import { countBySeverity, type FileResult } from '../model/file-result.js';
import { jsonBytes, lazyArray } from './json-bytes.js';

/**
 * The JSON document `cnscd validate --json` prints: stable keys, stable order, for CI jobs to read. Given as UTF-8
 * pieces, each file's part made as it is written (a folder of thousands of files is tens of megabytes of JSON).
 */
export function validationJson(results: FileResult[], lang: Lang): Iterable<Buffer> {
  const totals = countBySeverity(results.flatMap((r) => r.findings));
  const doc = {
    files: lazyArray(results, (r) => fileJson(r, lang)),
    summary: {
      files: results.length,
      valid: results.filter((r) => !r.unreadable && countBySeverity(r.findings).errors === 0).length,
      unreadable: results.filter((r) => r.unreadable).length,
      errors: totals.errors,
      warnings: totals.warnings,
    },
  };
  return jsonBytes(doc);
}

function fileJson(r: FileResult, lang: Lang) {
  const s = r.submission;
  const { errors, warnings } = countBySeverity(r.findings);
  const single = s && s.layout === 'form' && s.reports.length === 1 ? s.reports[0] : undefined;
  return {
    path: r.path,
    valid: !r.unreadable && errors === 0,
    readable: !r.unreadable,
    format: s?.format ?? null,
    encoding: s?.encoding?.name ?? null,
    delimiter: s?.delimiter ?? null,
    layout: s?.layout ?? null,
    unit: single?.unit?.value ?? null,
    period: single?.period?.value.key ?? null,
    periodLabel: single?.period ? describePeriod(single.period.value, lang) : null,
    reportDate: single?.reportDate?.value ?? null,
    values: single ? valuesJson(single.values) : {},
    units: (s?.reports ?? []).map((u) => unitJson(u, lang)),
    typedTotals: (s?.typedTotals ?? []).map((t) => ({ label: t.label, origin: originJson(t.origin), values: valuesJson(t.values) })),
    notes: (s?.notes ?? []).map((n) => ({ key: n.key, text: n.text, ...(n.items ? { items: n.items } : {}), origin: originJson(n.origin) })),
    errors,
    warnings,
    findings: r.findings.map((f) => findingJson(f, lang)),
  };
}

function unitJson(u: UnitReport, lang: Lang) {
  return {
    unit: u.unit?.value ?? null,
    unitCode: u.unitCode?.value ?? null,
    period: u.period?.value.key ?? null,
    periodLabel: u.period ? describePeriod(u.period.value, lang) : null,
    reportDate: u.reportDate?.value ?? null,
    origin: u.rowOrigin ? originJson(u.rowOrigin) : null,
    info: Object.fromEntries(Object.entries(u.info).map(([k, v]) => [k, v.value])),
    values: valuesJson(u.values),
  };
}

export function valuesJson(values: Map<string, ReportedValue>, path: (p: string) => string = (p) => p) {
  const out: Record<string, unknown> = {};
  for (const [code, v] of values) {
    out[code] = {
      value: v.value,
      status: v.status,
      raw: v.raw,
      origin: originJson({ ...v.origin, file: path(v.origin.file) }),
      ...(v.derivedFrom ? { derivedFrom: v.derivedFrom } : {}),
      ...(v.splitFrom ? { splitFrom: v.splitFrom } : {}),
    };
  }
  return out;
}

export function originJson(o: Origin) {
  return { file: o.file, sheet: o.sheet ?? null, cell: o.cell ?? null, line: o.line ?? null, column: o.column ?? null };
}

export function findingJson(f: Finding, lang: Lang) {
  const l = f.location;
  return {
    code: f.code,
    severity: f.severity,
    indicator: f.indicator ?? null,
    rule: f.rule ?? null,
    unit: f.unit ?? null,
    location: { sheet: l?.sheet ?? null, cell: l?.cell ?? null, line: l?.line ?? null, column: l?.column ?? null },
    related: (f.related ?? []).map((o) => ({ sheet: o.sheet ?? null, cell: o.cell ?? null, line: o.line ?? null, column: o.column ?? null })),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    message: messageOf(f, lang),
  };
}
