// The one checker of JSON settings, from their text: parsed, then checked against the file's zod schema, every
// problem listed. The edges read the text (node/json-file.ts from disk; the web page from the files it is given).
import type { z } from 'zod';
import type { Lang } from '../model/lang.js';
import { SettingsError, zodProblems } from '../model/settings-error.js';

/** A JSON text's data (a byte-order mark allowed); SettingsError when it is not JSON. */
export function jsonOf(text: string, path: string, kind: 'schema' | 'settings' = 'settings'): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SettingsError(path, [`JSON không hợp lệ / invalid JSON: ${(error as Error).message}`], kind);
  }
}

/** Settings data checked against their zod schema, zod speaking the user's language; every problem is listed. */
export async function checkedSettings<T extends z.ZodType>(raw: unknown, path: string, schema: T, lang: Lang): Promise<z.infer<T>> {
  const { z } = await import('zod');
  z.config(lang === 'vi' ? z.locales.vi() : z.locales.en());
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error));
  return parsed.data;
}
