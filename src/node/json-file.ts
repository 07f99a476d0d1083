import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { SettingsFileError } from '../model/settings-error.js';
import type { Lang } from '../model/lang.js';
import { checkedSettings, jsonOf } from '../settings/json-settings.js';

/** A JSON file's data; SettingsFileError when it cannot be opened, SettingsError when it is not JSON. */
export async function readJson(path: string, kind: 'schema' | 'settings' = 'settings'): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SettingsFileError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return jsonOf(text, path, kind);
}

/** The one loader of JSON settings: read a file and check it against its zod schema; every problem is listed. */
export async function loadJsonSettings<T extends z.ZodType>(path: string, schema: T, lang: Lang): Promise<z.infer<T>> {
  return checkedSettings(await readJson(path), path, schema, lang);
}
