import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { builtDefaults } from '../schema/checked.js';
import type { reportConfigSchema } from './report-config-schema.js';
import type { FullSchema } from '../schema/types.js';
import { SettingsError } from './settings-error.js';

export type ReportConfig = z.infer<typeof reportConfigSchema>;

export const CONFIG_FILE_NAME = 'cnscd.config.json';

/** Settings given on the command line; they win over the file. */
export interface ConfigFlags {
  number?: string;
  date?: string;
  place?: string;
}

/** Load `--config FILE`, else `cnscd.config.json` in the working folder, else in the submissions folder, else defaults. */
export async function loadReportConfig(file: string | undefined, dir: string, flags: ConfigFlags, lang: 'vi' | 'en'): Promise<{ config: ReportConfig; source: string | null }> {
  let source: string | null = file ? resolve(file) : null;
  if (!source) {
    for (const candidate of [resolve(CONFIG_FILE_NAME), join(resolve(dir), CONFIG_FILE_NAME)]) {
      if (existsSync(candidate)) {
        source = candidate;
        break;
      }
    }
  }
  const noFlags = flags.number === undefined && flags.date === undefined && flags.place === undefined;
  if (!source && noFlags) {
    // The defaults, as the build worked them out with this same schema: zod need not load.
    const defaults = await builtDefaults<ReportConfig>(CONFIG_FILE_NAME);
    if (defaults) return { config: defaults, source: null };
  }
  const [{ loadJsonSettings }, { reportConfigSchema }] = await Promise.all([import('./load-json.js'), import('./report-config-schema.js')]);
  const raw = source ? await loadJsonSettings(source, reportConfigSchema, lang) : reportConfigSchema.parse({});
  const merged = {
    ...raw,
    ...(flags.number !== undefined ? { soVanBan: flags.number } : {}),
    ...(flags.date !== undefined ? { ngay: flags.date } : {}),
    ...(flags.place !== undefined ? { diaDanh: flags.place } : {}),
  };
  const checked = reportConfigSchema.safeParse(merged);
  if (!checked.success) {
    throw new SettingsError(lang === 'vi' ? 'tùy chọn dòng lệnh' : 'command-line options', checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return { config: checked.data, source };
}

/** `08/08/2023`, `8/8/2023`, `2023-08-08` → [year, month, day], or null when it is not a real date. */
export function parseDate(text: string): [number, number, number] | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
    if (!m) return null;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return [y, mo, d];
}

/** The sorting rules name indicators by code: each must be in the schema. */
export function checkSortingRules(config: ReportConfig, schema: FullSchema, lang: 'vi' | 'en', source: string): void {
  const codes = new Set(schema.indicators.map((i) => i.code));
  const problems: string[] = [];
  config.phanLoai.forEach((rule, i) =>
    rule.dieuKien.forEach((c, j) => {
      if (!codes.has(c.chiTieu)) {
        problems.push(
          lang === 'vi'
            ? `phanLoai[${i}].dieuKien[${j}].chiTieu: "${c.chiTieu}" không có trong bộ chỉ tiêu (xem: cnscd schema)`
            : `phanLoai[${i}].dieuKien[${j}].chiTieu: "${c.chiTieu}" is not an indicator of the schema (see: cnscd schema)`,
        );
      }
    }),
  );
  if (problems.length > 0) throw new SettingsError(source, problems);
}
