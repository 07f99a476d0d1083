import type { Lang } from '../model/lang.js';
import { loadSchema, type LoadedSchema } from '../node/load-schema.js';
import type { CliText } from '../i18n/cli-text.js';
import { settingsUsageError } from '../app/usage-error.js';

/** `cnscd schema`: the indicator set, its rules and ratios, as a table or as JSON. */
export async function runSchema(opts: { schema?: string; json?: boolean; lang: Lang }, t: CliText): Promise<number> {
  let loaded: LoadedSchema;
  try {
    loaded = await loadSchema(opts.schema, opts.lang);
  } catch (error) {
    settingsUsageError(error, t);
  }
  const s = loaded.schema;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
    return 0;
  }
  const w = t.schemaTable;
  const out: string[] = [`${s.title} (${s.id})`, ''];
  const codeW = Math.max(w.code.length, ...s.indicators.map((i) => i.code.length));
  const unitW = Math.max(w.measure.length, ...s.indicators.map((i) => i.unit.length));
  out.push(`${w.code.padEnd(codeW)}  ${w.measure.padEnd(unitW)}  ${w.label}`);
  for (const i of s.indicators)
    out.push(`${i.code.padEnd(codeW)}  ${i.unit.padEnd(unitW)}  ${i.label}${i.aliases.length ? `  (${w.aliases(i.aliases.length)})` : ''}`);
  out.push('', w.rules);
  for (const r of s.rules) {
    const body = r.type === 'sum' ? `${r.total} = ${r.parts.join(' + ')}` : `${r.left} ${r.op} ${r.right}`;
    out.push(`  ${r.id}: ${body}  [${r.severity === 'error' ? w.error : w.warning}]`);
  }
  if (s.ratios.length) {
    out.push('', w.ratios);
    for (const r of s.ratios) out.push(`  ${r.id}: ${r.label} = Σ ${r.numerator} / Σ ${r.denominator}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
