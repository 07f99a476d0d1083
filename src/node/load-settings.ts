// The settings a run is given, read from their files: the report's config, its wording, the form's words, the
// roster, the previous period. Each file is read here, at the edge; what is in it is checked by the stage that owns
// it (`settings/`, `aggregate/previous.ts`), every problem listed.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { previousFromJson } from '../aggregate/previous.js';
import { OUTPUT_NAMES, type PreviousPeriod } from '../model/aggregate.js';
import type { Lang } from '../model/lang.js';
import { SettingsError, SettingsFileError } from '../model/settings-error.js';
import { ReadError } from '../read/index.js';
import type { FormWording } from '../settings/form-wording.js';
import { CONFIG_FILE_NAME, type ReportConfig } from '../settings/report-config.js';
import type { Roster, RosterIndex } from '../settings/roster.js';
import type { Wording } from '../settings/wording.js';
import { NARRATIVE_FILE_NAMES, type Narrative } from '../settings/narrative.js';
import { loadJsonSettings } from './json-file.js';
import { fileBytes } from './read-file.js';
import { builtDefaults, checkedCopy, TEMPLATES_DIR } from './templates.js';
import { SETTINGS_TEXT } from '../i18n/settings-text.js';

/** Settings given on the command line; they win over the file. */
export interface ConfigFlags {
  number?: string;
  date?: string;
  place?: string;
}

/** Load `--config FILE`, else `cnscd.config.json` in the working folder, else in the submissions folder, else defaults. */
export async function loadReportConfig(
  file: string | undefined,
  dir: string,
  flags: ConfigFlags,
  lang: Lang,
): Promise<{ config: ReportConfig; source: string | null; unused: string[] }> {
  // Without --config, every settings file where the tool looks: the first is used, the others named as not used, and a
  // broken one anywhere is an error, never passed over in silence.
  const found = file ? [] : [...new Set([resolve(CONFIG_FILE_NAME), join(resolve(dir), CONFIG_FILE_NAME)])].filter((p) => existsSync(p));
  const source: string | null = file ? resolve(file) : (found.shift() ?? null);
  const unused = found;
  if (unused.length > 0) {
    const { reportConfigSchema } = await import('../settings/report-config-schema.js');
    for (const other of unused) await loadJsonSettings(other, reportConfigSchema, lang);
  }
  const noFlags = flags.number === undefined && flags.date === undefined && flags.place === undefined;
  if (!source && noFlags) {
    // The defaults, as the build worked them out with this same schema: zod need not load.
    const defaults = await builtDefaults<ReportConfig>(CONFIG_FILE_NAME);
    if (defaults) return { config: defaults, source: null, unused };
  }
  const { reportConfigSchema } = await import('../settings/report-config-schema.js');
  const raw = source ? await loadJsonSettings(source, reportConfigSchema, lang) : reportConfigSchema.parse({});
  const merged = {
    ...raw,
    ...(flags.number !== undefined ? { soVanBan: flags.number } : {}),
    ...(flags.date !== undefined ? { ngay: flags.date } : {}),
    ...(flags.place !== undefined ? { diaDanh: flags.place } : {}),
  };
  const checked = reportConfigSchema.safeParse(merged);
  if (!checked.success) {
    throw new SettingsError(
      SETTINGS_TEXT[lang].commandLineOptions,
      checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return { config: checked.data, source, unused };
}

/** The report's wording template that ships with the tool. */
export const DEFAULT_WORDING = resolve(TEMPLATES_DIR, 'bao-cao', 'bao-cao.json');

/**
 * The report's wording: `--wording FILE`, else the built-in template. A file as the build checked it is taken as
 * checked then (zod is not loaded); any other is checked with zod, every problem listed.
 */
export async function loadWording(file: string | undefined, lang: Lang): Promise<Wording> {
  const path = file ? resolve(file) : DEFAULT_WORDING;
  const checked = await checkedCopy<Wording>(path);
  if (checked) return checked;
  const { wordingSchema } = await import('../settings/wording-schema.js');
  return loadJsonSettings(path, wordingSchema, lang);
}

/** The words of the Excel form (`cnscd template`). */
export async function loadFormWording(lang: Lang): Promise<FormWording> {
  const { formWordingSchema } = await import('../settings/form-wording.js');
  return loadJsonSettings(resolve(TEMPLATES_DIR, 'bieu-mau', 'bieu-mau.json'), formWordingSchema, lang);
}

/** A roster from JSON (`{"donVi": [{"ma", "ten", "loai", "capTren"}]}`), or from a CSV/xlsx with those columns. */
export async function loadRoster(file: string, lang: Lang): Promise<Roster> {
  return (await loadRosterIndex(file, lang)).roster;
}

/** The same, indexed: the index its checks were made with (a country's roster is ten thousand units). */
export async function loadRosterIndex(file: string, lang: Lang): Promise<RosterIndex> {
  const path = resolve(file);
  let bytes: Uint8Array;
  if (extname(path).toLowerCase() === '.json') bytes = await settingsBytes(path);
  else {
    // A workbook or CSV is read as a submission is, within the same limits.
    try {
      bytes = fileBytes(path);
    } catch (error) {
      if (error instanceof ReadError && error.code === 'file-not-found') throw new SettingsFileError(path, 'ENOENT');
      if (error instanceof ReadError) throw new SettingsError(path, [SETTINGS_TEXT[lang].rosterUnreadable(error.code)]);
      throw error;
    }
  }
  const { rosterFromBytes } = await import('../settings/settings-files.js');
  return rosterFromBytes(path, bytes, lang);
}

/** A settings file's bytes; SettingsFileError, with the system's code, when it cannot be read. */
async function settingsBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new SettingsFileError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/**
 * `--previous`: a tong-hop.json, or a folder that holds one (the previous run's output folder). A folder without
 * one is a folder of the previous period's submissions: null, and the caller aggregates it.
 */
export async function loadPrevious(path: string, lang: Lang): Promise<PreviousPeriod | null> {
  const full = resolve(path);
  if (!existsSync(full)) throw new SettingsFileError(full, 'ENOENT');
  const json = statSync(full).isDirectory() ? join(full, OUTPUT_NAMES.json) : full;
  if (!existsSync(json)) return null;
  if (!json.toLowerCase().endsWith('.json')) {
    throw new SettingsError(full, [SETTINGS_TEXT[lang].previousWrongFile]);
  }
  // zod is loaded only here, when a previous period is given.
  const { previousJson } = await import('../aggregate/previous-schema.js');
  return previousFromJson(await loadJsonSettings(json, previousJson, lang), basename(json));
}

/**
 * The clerk's own text for the report's parts: the file the config names (`noiDungBaoCao`, relative to the config
 * file), else `noi-dung-bao-cao.md` or `.txt` beside the config file; with no config file, in the working folder or
 * the submissions folder. Undefined when there is none. Checked by `settings/settings-files.ts`: its encoding found
 * as a CSV's is, text before its first part heading refused.
 */
export async function loadNarrative(named: string, configSource: string | null, dir: string, lang: Lang): Promise<Narrative | undefined> {
  let path: string | undefined;
  if (named) path = resolve(configSource ? dirname(configSource) : '.', named);
  else {
    const places = configSource ? [dirname(configSource)] : [...new Set([resolve('.'), resolve(dir)])];
    path = places.flatMap((p) => NARRATIVE_FILE_NAMES.map((n) => join(p, n))).find((p) => existsSync(p));
  }
  if (!path) return undefined;
  const { narrativeFromBytes } = await import('../settings/settings-files.js');
  return narrativeFromBytes(path, await settingsBytes(path), lang);
}
