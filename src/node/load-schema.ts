import { readFile } from 'node:fs/promises';
import { SettingsError, zodProblems } from '../model/settings-error.js';
import { dirname, resolve } from 'node:path';
import { readJson } from './json-file.js';
import { checkedCopy, TEMPLATES_DIR } from './templates.js';
import { DEFAULT_SCHEMA_ID, type LoadedSchema } from '../schema/loaded.js';
import { Matcher } from '../schema/matcher.js';

export { DEFAULT_SCHEMA_ID, type LoadedSchema } from '../schema/loaded.js';
import type { ExtendingSchema, FullSchema, Rule } from '../schema/types.js';
import type { Lang } from '../model/lang.js';

/**
 * zod and the zod schemas load only when a file must be checked: a user's file always, a built-in one only when it
 * differs from the copy checked at build time (`npm run build` checks every built-in template).
 */
async function validators(lang: Lang) {
  const [{ z }, types] = await Promise.all([import('zod'), import('../schema/types.js')]);
  z.config(lang === 'vi' ? z.locales.vi() : z.locales.en());
  return types;
}


/** Load the default schema, or a user's schema file (complete, or `extends` another). */
export async function loadSchema(file?: string, lang: Lang = 'vi'): Promise<LoadedSchema> {
  const schema = file ? await loadUserSchema(resolve(file), new Set(), lang) : await loadBuiltIn(DEFAULT_SCHEMA_ID, lang);
  const source = file ?? DEFAULT_SCHEMA_ID;
  const problems = semanticProblems(schema, lang);
  const matcher = new Matcher(schema);
  for (const c of matcher.collisions) {
    problems.push(
      lang === 'vi'
        ? `chỉ tiêu "${c.codes[0]}" và "${c.codes[1]}" có cùng nhãn/bí danh "${c.key}": không biết dòng đó là chỉ tiêu nào`
        : `indicators "${c.codes[0]}" and "${c.codes[1]}" share the label or alias "${c.key}": a row with it would be ambiguous`,
    );
  }
  if (problems.length > 0) throw new SettingsError(source, problems, 'schema');
  return { schema, matcher, source };
}

/** A built-in schema: the build-time checked copy when the file is unchanged, else checked with zod now. */
export async function loadBuiltIn(id: string, lang: Lang = 'vi', useChecked = true): Promise<FullSchema> {
  const path = resolve(TEMPLATES_DIR, 'schemas', `${id}.json`);
  if (useChecked) {
    const checked = await checkedCopy<FullSchema>(path);
    if (checked) return checked;
  }
  const raw = await readJson(path, 'schema');
  const parsed = (await validators(lang)).fullSchemaSchema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error), 'schema');
  return parsed.data;
}

async function loadUserSchema(path: string, seen: Set<string>, lang: Lang): Promise<FullSchema> {
  if (seen.has(path)) throw new SettingsError(path, [`"extends" vòng tròn / circular "extends"`], 'schema');
  seen.add(path);
  const raw = await readJson(path, 'schema');
  const { extendingSchemaSchema, fullSchemaSchema } = await validators(lang);
  if (raw && typeof raw === 'object' && 'extends' in raw) {
    const parsed = extendingSchemaSchema.safeParse(raw);
    if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error), 'schema');
    const base = await loadBase(parsed.data.extends, dirname(path), seen, lang);
    return applyChanges(base, parsed.data, path);
  }
  const parsed = fullSchemaSchema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error), 'schema');
  return parsed.data;
}

async function loadBase(ref: string, dir: string, seen: Set<string>, lang: Lang): Promise<FullSchema> {
  if (/^[a-z0-9-]+$/i.test(ref) && !ref.endsWith('.json')) {
    try {
      return await loadBuiltIn(ref, lang);
    } catch (error) {
      if (error instanceof SettingsError && error.problems[0]?.startsWith('ENOENT')) {
        throw new SettingsError(ref, [`không có bộ chỉ tiêu có sẵn tên "${ref}" / no built-in schema named "${ref}"`], 'schema');
      }
      throw error;
    }
  }
  return loadUserSchema(resolve(dir, ref), seen, lang);
}

/** Apply a user's changes to a base schema; every change that names something missing is a problem. */
function applyChanges(base: FullSchema, change: ExtendingSchema, path: string): FullSchema {
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
  const problems: string[] = [];
  const codes = new Set<string>();
  schema.indicators.forEach((ind, i) => {
    if (codes.has(ind.code)) {
      problems.push(lang === 'vi' ? `indicators[${i}].code: mã "${ind.code}" bị lặp` : `indicators[${i}].code: "${ind.code}" appears twice`);
    }
    codes.add(ind.code);
  });
  const ids = new Set<string>();
  schema.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) problems.push(lang === 'vi' ? `rules[${i}].id: "${rule.id}" bị lặp` : `rules[${i}].id: "${rule.id}" appears twice`);
    ids.add(rule.id);
    const refs = rule.type === 'sum' ? [rule.total, ...rule.parts] : [rule.left, rule.right];
    for (const ref of refs) {
      if (!codes.has(ref)) {
        problems.push(
          lang === 'vi'
            ? `rules[${i}] ("${rule.id}"): chỉ tiêu "${ref}" không có trong bộ chỉ tiêu (đã bỏ? hãy bỏ cả quy tắc này trong "rules.drop")`
            : `rules[${i}] ("${rule.id}"): indicator "${ref}" is not in the schema (dropped? drop this rule too, in "rules.drop")`,
        );
      }
    }
  });
  for (const key of ['ratios', 'ratioChecks'] as const) {
    schema[key].forEach((ratio, i) => {
      for (const ref of [ratio.numerator, ratio.denominator]) {
        if (!codes.has(ref)) {
          problems.push(
            lang === 'vi'
              ? `${key}[${i}] ("${ratio.id}"): chỉ tiêu "${ref}" không có trong bộ chỉ tiêu (đã bỏ? hãy bỏ cả mục này trong "${key}.drop")`
              : `${key}[${i}] ("${ratio.id}"): indicator "${ref}" is not in the schema (dropped? drop this one too, in "${key}.drop")`,
          );
        }
      }
    });
  }
  return problems;
}
