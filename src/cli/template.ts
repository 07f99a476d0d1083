import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Lang } from '../model/lang.js';
import { parsePeriod } from '../interpret/period.js';
import { loadSchema } from '../node/load-schema.js';
import type { FullSchema } from '../schema/types.js';
import type { FormWording } from '../settings/form-wording.js';
import { loadFormWording } from '../node/load-settings.js';
import type { CliText } from '../i18n/cli-text.js';
import { settingsUsageError, UsageError } from '../app/usage-error.js';

interface TemplateOptions {
  schema?: string;
  out?: string;
  unit?: string;
  code?: string;
  period?: string;
  force?: boolean;
  lang: Lang;
}

export const DEFAULT_FORM_NAME = 'bieu-mau-cnscd.xlsx';

/** `cnscd template`: write the Excel form the province sends to its units. */
export async function runTemplate(opts: TemplateOptions, t: CliText): Promise<number> {
  const period = opts.period ? parsePeriod(opts.period) : undefined;
  if (opts.period && !period) throw new UsageError(t.badPeriod(opts.period));
  const out = resolve(opts.out ?? DEFAULT_FORM_NAME);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(t.template.notXlsx(opts.out ?? ''));
  // A form already there (filled in, perhaps) is not overwritten unless asked, as `init` never overwrites.
  if (!opts.force && existsSync(out)) throw new UsageError(t.template.exists(opts.out ?? DEFAULT_FORM_NAME));
  let schema: FullSchema;
  let wording: FormWording;
  try {
    schema = (await loadSchema(opts.schema, opts.lang)).schema;
    wording = await loadFormWording(opts.lang);
  } catch (error) {
    settingsUsageError(error, t);
  }
  const { formWorkbook } = await import('../render/form-xlsx.js');
  const { writeOutputs } = await import('../node/write-outputs.js');
  const bytes = await formWorkbook(schema, wording, {
    ...(opts.unit ? { unit: opts.unit } : {}),
    ...(opts.code ? { code: opts.code } : {}),
    ...(period ? { period } : {}),
    year: period?.year ?? new Date().getFullYear(),
  });
  try {
    await writeOutputs(dirname(out), [{ name: basename(out), bytes }]);
  } catch (error) {
    throw new UsageError(t.writeFailed(out, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  process.stdout.write(`${t.template.written(opts.out ?? DEFAULT_FORM_NAME, schema.indicators.length)}\n`);
  return 0;
}
