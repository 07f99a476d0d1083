// An indicator set made whole and checked, from data already read (the files are read at the edge:
// node/load-schema.ts): a user's changes applied to its base, and the problems zod cannot see.
import { SETTINGS_TEXT } from '../i18n/settings-text.js';
import type { Lang } from '../model/lang.js';
import { SettingsError } from '../model/settings-error.js';
import { Matcher } from './matcher.js';
import type { ExtendingSchema, FullSchema, Rule } from './types.js';

/** The matcher of a whole schema, and every problem with it: duplicate codes, rules naming what is not there, labels two indicators share. */
export function checkSchema(schema: FullSchema, lang: Lang): { matcher: Matcher; problems: string[] } {
  const problems = semanticProblems(schema, lang);
  const matcher = new Matcher(schema);
  for (const c of matcher.collisions) problems.push(SETTINGS_TEXT[lang].labelCollision(c.codes[0], c.codes[1], c.key));
  return { matcher, problems };
}

/** Apply a user's changes to a base schema; every change that names something missing is a problem. */
export function applyChanges(base: FullSchema, change: ExtendingSchema, path: string): FullSchema {
  const problems: string[] = [];
  const codes = new Set(base.indicators.map((i) => i.code));
  for (const c of change.indicators.drop) if (!codes.has(c)) problems.push(`indicators.drop: "${c}" không có trong bộ gốc / not in the base schema`);
  for (const c of Object.keys(change.indicators.relabel)) {
    if (!codes.has(c)) problems.push(`indicators.relabel.${c}: không có trong bộ gốc / not in the base schema`);
  }
  const ruleIds = new Set(base.rules.map((r) => r.id));
  for (const id of change.rules.drop) if (!ruleIds.has(id)) problems.push(`rules.drop: "${id}" không có trong bộ gốc / not in the base schema`);
  const ratioIds = new Set(base.ratios.map((r) => r.id));
  for (const id of change.ratios.drop) if (!ratioIds.has(id)) problems.push(`ratios.drop: "${id}" không có trong bộ gốc / not in the base schema`);
  const checkIds = new Set(base.ratioChecks.map((r) => r.id));
  for (const id of change.ratioChecks.drop) if (!checkIds.has(id)) problems.push(`ratioChecks.drop: "${id}" không có trong bộ gốc / not in the base schema`);
  if (problems.length > 0) throw new SettingsError(path, problems, 'schema');

  const dropped = new Set(change.indicators.drop);
  const indicators = base.indicators
    .filter((i) => !dropped.has(i.code))
    .map((i) => {
      const r = change.indicators.relabel[i.code];
      if (!r) return i;
      // The old label stays an alias, so forms already sent out still match.
      const aliases = [...new Set([...(r.label && r.label !== i.label ? [i.label] : []), ...i.aliases, ...(r.aliases ?? [])])];
      return { ...i, label: r.label ?? i.label, unit: r.unit ?? i.unit, aliases, neverFalls: r.neverFalls ?? i.neverFalls };
    });
  indicators.push(...change.indicators.add);
  const droppedRules = new Set(change.rules.drop);
  const rules: Rule[] = [...base.rules.filter((r) => !droppedRules.has(r.id)), ...change.rules.add];
  const droppedRatios = new Set(change.ratios.drop);
  const ratios = [...base.ratios.filter((r) => !droppedRatios.has(r.id)), ...change.ratios.add];
  const droppedChecks = new Set(change.ratioChecks.drop);
  const ratioChecks = [...base.ratioChecks.filter((r) => !droppedChecks.has(r.id)), ...change.ratioChecks.add];
  const headers = { ...base.headers };
  for (const [k, v] of Object.entries(change.headers ?? {}) as [keyof typeof headers, string[] | undefined][]) {
    if (v) headers[k] = [...headers[k], ...v];
  }
  const info = { ...base.info };
  for (const [k, v] of Object.entries(change.info ?? {}) as [keyof typeof info, string[] | undefined][]) {
    if (v) info[k] = [...info[k], ...v];
  }
  return {
    ...base,
    id: change.id ?? `${base.id}+${path}`,
    title: change.title ?? base.title,
    indicators,
    rules,
    ratios,
    ratioChecks,
    equivalents: [...base.equivalents, ...change.equivalents],
    headers,
    info,
  };
}

/** Problems zod cannot see: duplicate codes and ids, rules that name indicators the schema does not have. */
function semanticProblems(schema: FullSchema, lang: Lang): string[] {
  const t = SETTINGS_TEXT[lang];
  const problems: string[] = [];
  const codes = new Set<string>();
  schema.indicators.forEach((ind, i) => {
    if (codes.has(ind.code)) {
      problems.push(t.duplicateCode(i, ind.code));
    }
    codes.add(ind.code);
  });
  const ids = new Set<string>();
  schema.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) problems.push(t.duplicateRule(i, rule.id));
    ids.add(rule.id);
    const refs = rule.type === 'sum' ? [rule.total, ...rule.parts] : [rule.left, rule.right];
    for (const ref of refs) {
      if (!codes.has(ref)) {
        problems.push(t.ruleUnknownIndicator(i, rule.id, ref));
      }
    }
  });
  for (const key of ['ratios', 'ratioChecks'] as const) {
    schema[key].forEach((ratio, i) => {
      for (const ref of [ratio.numerator, ratio.denominator]) {
        if (!codes.has(ref)) {
          problems.push(t.ratioUnknownIndicator(key, i, ratio.id, ref));
        }
      }
    });
  }
  return problems;
}
