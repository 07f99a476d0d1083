/**
 * `cnscd aggregate` for the web page: the same stages on the files a clerk chose, the same outputs to the byte. The
 * page's worker (web/page/worker.ts) hands the files over as whole paths under one folder (`/Báo cáo quý 2/…`), as
 * the command line would see them on disk; what the command line reads from other places (the roster, the settings
 * file) is given beside them. Settings problems and an empty folder come back as `WebProblem`, in the user's words.
 */
import { aggregateChecked, optionsFromConfig } from '../aggregate/index.js';
import { scanEntries, type FolderEntry, type FolderLister } from '../aggregate/scan.js';
import { inBatches, type ReadBatch, type WebFile } from './batches.js';
import { checkBytes, unreadableResult } from '../check/file.js';
import { CLI_TEXT } from '../i18n/cli-text.js';
import { settingsProblemText } from '../i18n/settings-problem.js';
import { type Aggregate, OUTPUT_NAMES } from '../model/aggregate.js';
import type { CheckedFile } from '../model/file-result.js';
import { countBySeverity } from '../model/file-result.js';
import type { Lang } from '../model/lang.js';
import { SettingsError, SettingsFileError } from '../model/settings-error.js';
import { ReadError } from '../read/index.js';
import { DEFAULT_LIMITS } from '../read/limits.js';
import { OUTPUTS, prepareOutputs, wholeBytes } from '../render/outputs.js';
import { checkSchema } from '../schema/build.js';
import type { LoadedSchema } from '../schema/loaded.js';
import type { FullSchema } from '../schema/types.js';
import { checkedSettings, jsonOf } from '../settings/json-settings.js';
import { narrativeFromBytes, rosterFromBytes } from '../settings/settings-files.js';
import { NARRATIVE_FILE_NAMES, type Narrative } from '../settings/narrative.js';
import { CONFIG_FILE_NAME, checkSortingRules, type ReportConfig } from '../settings/report-config.js';
import type { Wording } from '../settings/wording.js';

export type { WebFile } from './batches.js';

export interface WebAggregateInput {
  /** The folder the files lie in, whole (`/Báo cáo quý 2`). */
  root: string;
  files: WebFile[];
  /** The settings file chosen apart from the folder; without one, the folder's own cnscd.config.json, if any. */
  config?: WebFile;
  roster?: WebFile;
  /** Read the files in sub-folders too (`--recursive`). */
  recursive: boolean;
  /** Draw the chart (`--no-chart`: false). */
  chart: boolean;
  lang: Lang;
  schema: FullSchema;
  /** The report's wording template that ships with the tool. */
  wording: Wording;
  /** Many files' bytes at once (a browser reads a batch of files faster as one); absent: each file's `bytes()`. */
  readBatch?: ReadBatch;
  /** The bytes' sha256 (the page's is Web Crypto's). */
  sha256(bytes: Uint8Array): Promise<string>;
  progress?(done: number, total: number): void;
}

export interface WebAggregateResult {
  aggregate: Aggregate;
  /** The outputs, in the order the command line lists them (OUTPUT_NAMES). */
  outputs: { name: string; bytes: Uint8Array }[];
  errors: number;
  /** The clerk's text used (its path; null: none) and the report's parts left out, each with why. */
  report: { narrative: string | null; leftOut: string[] };
}

/** What stops a run before anything is made, said as the command line says it. */
export class WebProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebProblem';
  }
}

/** The files as folders: every folder between the root and a file is listed, as the file system would list it. */
function lister(root: string, files: readonly WebFile[]): FolderLister {
  const folders = new Map<string, Map<string, FolderEntry>>();
  const folder = (path: string) => {
    let f = folders.get(path);
    if (!f) folders.set(path, (f = new Map()));
    return f;
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const f of files) {
    const parts = f.path.slice(root.length + 1).split('/');
    let at = root;
    parts.forEach((name, i) => {
      const path = `${at}/${name}`;
      const last = i === parts.length - 1;
      folder(at).set(name, { name, path, isDirectory: !last, isFile: last, isLink: false });
      at = path;
    });
  }
  return {
    list: async (dir) => [...(folders.get(dir)?.values() ?? [])],
    text: async (path) => {
      const f = byPath.get(path);
      if (!f) throw new Error(`no file ${path}`);
      return new TextDecoder().decode(await f.bytes());
    },
  };
}

/**
 * The files `cnscd validate` checks of those given: a file given on its own is checked whatever it is (a wrong one is
 * named as such); of a folder (`Báo cáo/…`), its reports and its sub-folders' reports, as `validate --recursive`
 * takes them, the documents, settings and lock files beside them left out.
 */
export async function reportsAmong(files: WebFile[]): Promise<WebFile[]> {
  const tops = new Map<string, WebFile[]>();
  for (const f of files) {
    const slash = f.path.indexOf('/');
    if (slash < 0) continue;
    const top = f.path.slice(0, slash);
    tops.set(top, [...(tops.get(top) ?? []), f]);
  }
  const reports = new Set<string>();
  for (const [top, inside] of tops) for (const c of (await scanEntries(lister(top, inside), top, true)).candidates) reports.add(c.path);
  return files.filter((f) => !f.path.includes('/') || reports.has(f.path));
}

/** Read, check and add up the files, then make the four outputs, as `cnscd aggregate` does. */
export async function aggregateWeb(input: WebAggregateInput): Promise<WebAggregateResult> {
  const { lang, root } = input;
  const t = CLI_TEXT[lang];
  const shown = (path: string) => path.replace(/^\/+/, '');
  const settings = await guarded(lang, shown, async () => {
    const { matcher, problems } = checkSchema(input.schema, lang);
    if (problems.length > 0) throw new SettingsError('cnscd-2023', problems, 'schema');
    const schema: LoadedSchema = { schema: input.schema, matcher, source: 'cnscd-2023' };
    const roster = input.roster ? await rosterFromBytes(input.roster.path, await input.roster.bytes(), lang) : undefined;
    const inFolder = input.files.find((f) => f.path === `${root}/${CONFIG_FILE_NAME}`);
    const configFile = input.config ?? inFolder;
    const { reportConfigSchema } = await import('../settings/report-config-schema.js');
    const config: ReportConfig = configFile
      ? await checkedSettings(jsonOf(await text(configFile), configFile.path), configFile.path, reportConfigSchema, lang)
      : reportConfigSchema.parse({});
    // A settings file chosen apart leaves the folder's own unused, and named so, as the command line does.
    const unused = input.config && inFolder ? [inFolder.path] : [];
    if (input.config && inFolder) await checkedSettings(jsonOf(await text(inFolder), inFolder.path), inFolder.path, reportConfigSchema, lang);
    checkSortingRules(config, schema.schema, lang, configFile?.path ?? CONFIG_FILE_NAME);
    const narrative = await narrativeOf(input, config, configFile);
    return { schema, roster, config, configFiles: { source: configFile?.path ?? null, unused }, narrative };
  });

  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const settingsFiles = new Set(settings.narrative ? [settings.narrative.source] : []);
  const { candidates, skipped } = await scanEntries(lister(root, input.files), root, input.recursive, settingsFiles);
  const total = candidates.length;
  input.progress?.(0, total);
  const checked: CheckedFile[] = [];
  const options = { read: { limits: DEFAULT_LIMITS }, strict: false, lean: true };
  // Read a batch at a time, the next batch while this one is checked (batches.ts).
  for await (const [file, bytes] of inBatches(
    candidates.map((c) => byPath.get(c.path)!),
    input.readBatch,
  )) {
    if (bytes instanceof ReadError) checked.push({ result: unreadableResult(file.path, bytes), sha256: '' });
    else checked.push(await checkBytes(file.path, bytes, await input.sha256(bytes), settings.schema.matcher, options));
    input.progress?.(checked.length, total);
  }
  const aggregate = aggregateChecked(root, checked, skipped, {
    schema: settings.schema,
    ...(settings.roster ? { roster: settings.roster } : {}),
    strict: false,
    ...optionsFromConfig(settings.config),
    config: settings.configFiles,
  });
  if (aggregate.files.length === 0) throw new WebProblem(t.noSubmissions(shown(root) || '.', aggregate.skipped.filter((s) => s.reason === 'folder').length));

  const { content, input: made } = await guarded(lang, shown, () =>
    prepareOutputs(aggregate, settings.schema.schema, settings.config, input.wording, { chart: input.chart, narrative: settings.narrative, lang }),
  );
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  for (const o of OUTPUTS) outputs.push({ name: o.name, bytes: wholeBytes(await o.make(made)) });
  const order: string[] = Object.values(OUTPUT_NAMES);
  outputs.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return {
    aggregate,
    outputs,
    errors: countBySeverity(aggregate.findings).errors,
    report: { narrative: settings.narrative?.source ?? null, leftOut: content.leftOut },
  };
}

async function text(file: WebFile): Promise<string> {
  return new TextDecoder().decode(await file.bytes());
}

/**
 * The clerk's text: the file the settings name (beside the settings file), else noi-dung-bao-cao.md or .txt beside
 * the settings file or, with none, in the folder.
 */
async function narrativeOf(input: WebAggregateInput, config: ReportConfig, configFile: WebFile | undefined): Promise<Narrative | undefined> {
  // A settings file chosen apart from the folder has nothing beside it: its text is looked for in the folder.
  const beside = configFile && configFile !== input.config ? configFile.path.slice(0, configFile.path.lastIndexOf('/')) : input.root;
  const all = new Map(input.files.map((f) => [f.path, f]));
  const named = config.noiDungBaoCao ? `${beside}/${config.noiDungBaoCao.replace(/^\.\//, '')}` : undefined;
  const file = named ? all.get(named) : NARRATIVE_FILE_NAMES.map((n) => all.get(`${beside}/${n}`)).find((f) => f);
  if (named && !file) throw new SettingsFileError(named, 'ENOENT');
  if (!file) return undefined;
  return narrativeFromBytes(file.path, await file.bytes(), input.lang);
}

/** A settings problem as the message the command line prints for it, every problem listed. */
function problemOf(error: unknown, lang: Lang, shown: (path: string) => string): unknown {
  const text = settingsProblemText(error, CLI_TEXT[lang], shown);
  return text === undefined ? error : new WebProblem(text);
}

async function guarded<T>(lang: Lang, shown: (path: string) => string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw problemOf(error, lang, shown);
  }
}
