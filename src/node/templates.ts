import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Built-in templates as `npm run build` checked them with zod: `dist/templates-checked.json` maps each template's
 * path (relative to templates/) to the sha256 of its text and the checked data. A template edited since the build
 * no longer matches its hash and is checked again at load, so an edit is never trusted unchecked. It also holds what
 * the build worked out from the code's own schemas (the report settings' defaults), which change only with a build.
 */
export const CHECKED_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'templates-checked.json');
/** The folder of data files that ship with the tool (schemas, report wording, the form's words). */
export const TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

export type CheckedCopies = Record<string, { sha256: string; data: unknown }>;

export interface CheckedFile {
  templates: CheckedCopies;
  /** A settings file's defaults, by the file's name. */
  defaults: Record<string, unknown>;
}

let checked: Promise<Partial<CheckedFile>> | undefined;
const checkedFile = () =>
  (checked ??= readFile(CHECKED_FILE, 'utf8').then(
    (t) => JSON.parse(t) as Partial<CheckedFile>,
    (): Partial<CheckedFile> => ({}),
  ));

export function templateKey(path: string): string {
  return relative(TEMPLATES_DIR, path).split('\\').join('/');
}

export function sha256Text(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The checked data of a built-in template, if the file is as it was when checked; else undefined. */
export async function checkedCopy<T>(path: string): Promise<T | undefined> {
  const entry = (await checkedFile()).templates?.[templateKey(path)];
  if (!entry) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  return sha256Text(text) === entry.sha256 ? (entry.data as T) : undefined;
}

/** The defaults of a settings file (`cnscd.config.json`) as the build worked them out; undefined when not built. */
export async function builtDefaults<T>(name: string): Promise<T | undefined> {
  return (await checkedFile()).defaults?.[name] as T | undefined;
}
