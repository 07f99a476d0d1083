import type { z } from 'zod';
import type { reportConfigSchema } from './report-config-schema.js';
import type { FullSchema } from '../schema/types.js';
import { SettingsError } from '../model/settings-error.js';
import type { Lang } from '../model/lang.js';
import { SETTINGS_TEXT } from '../i18n/settings-text.js';

export type ReportConfig = z.infer<typeof reportConfigSchema>;

export const CONFIG_FILE_NAME = 'cnscd.config.json';

/** The sorting rules name indicators by code: each must be in the schema. */
export function checkSortingRules(config: ReportConfig, schema: FullSchema, lang: Lang, source: string): void {
  const codes = new Set(schema.indicators.map((i) => i.code));
  const problems: string[] = [];
  config.phanLoai.forEach((rule, i) => {
    rule.dieuKien.forEach((c, j) => {
      if (!codes.has(c.chiTieu)) problems.push(SETTINGS_TEXT[lang].sortingUnknownIndicator(i, j, c.chiTieu));
    });
  });
  if (problems.length > 0) throw new SettingsError(source, problems);
}
