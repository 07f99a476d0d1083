import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { SettingsError, SettingsFileError, zodProblems } from '../model/settings-error.js';
import type { Lang } from '../model/lang.js';

/** A JSON file's data; SettingsFileError when it cannot be opened, SettingsError when it is not JSON. */
export async function readJson(path: string, kind: 'schema' | 'settings' = 'settings'): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SettingsFileError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SettingsError(path, [`JSON không hợp lệ / invalid JSON: ${(error as Error).message}`], kind);
  }
}

/** The one loader of JSON settings: read a file and check it against its zod schema; every problem is listed. */
export async function loadJsonSettings<T extends z.ZodType>(path: string, schema: T, lang: Lang): Promise<z.infer<T>> {
  const { z } = await import('zod');
  z.config(lang === 'vi' ? z.locales.vi() : z.locales.en());
  const raw = await readJson(path);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error));
  return parsed.data;
}
