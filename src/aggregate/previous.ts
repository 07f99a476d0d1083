import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parsePeriod } from '../interpret/period.js';
import { OUTPUT_NAMES, type Aggregate, type PreviousPeriod } from '../model/aggregate.js';
import { SettingsError, SettingsFileError } from '../settings/settings-error.js';

/**
 * `--previous`: a tong-hop.json, or a folder that holds one (the previous run's output folder). A folder without
 * one is a folder of the previous period's submissions: null, and the caller aggregates it.
 */
export async function loadPrevious(path: string, lang: 'vi' | 'en'): Promise<PreviousPeriod | null> {
  const full = resolve(path);
  if (!existsSync(full)) throw new SettingsFileError(full, 'ENOENT');
  const json = statSync(full).isDirectory() ? join(full, OUTPUT_NAMES.json) : full;
  if (!existsSync(json)) return null;
  if (!json.toLowerCase().endsWith('.json')) {
    throw new SettingsError(full, [
      lang === 'vi'
        ? '--previous nhận tệp tong-hop.json của kỳ trước, hoặc thư mục chứa nó, hoặc thư mục báo cáo của kỳ trước'
        : '--previous takes the previous period’s tong-hop.json, a folder holding it, or the folder of its submissions',
    ]);
  }
  // zod is loaded only here, when a previous period is given.
  const [{ loadJsonSettings }, { previousJson }] = await Promise.all([import('../settings/load-json.js'), import('./previous-schema.js')]);
  const doc = await loadJsonSettings(json, previousJson, lang);
  return {
    period: doc.period ? parsePeriod(doc.period) ?? null : null,
    source: basename(json),
    totals: new Map(Object.entries(doc.totals).map(([code, t]) => [code, t.value])),
    units: doc.units.map((u) => ({ name: u.name, ...(u.code ? { code: u.code } : {}), values: new Map(Object.entries(u.values).map(([code, v]) => [code, v.value])) })),
  };
}

/** The previous period from its own aggregate (its submissions folder read like this one). */
export function previousFromAggregate(a: Aggregate, source: string): PreviousPeriod {
  return {
    period: a.period,
    source,
    totals: new Map(a.totals.map((t) => [t.code, t.value])),
    units: a.units.map((u) => ({ name: u.name, ...(u.code ? { code: u.code } : {}), values: new Map([...u.values].map(([code, v]) => [code, v.value])) })),
  };
}
