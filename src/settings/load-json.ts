import type { z } from 'zod';
import { readJson, SchemaError, zodProblems } from '../schema/load.js';
import { SettingsError } from './settings-error.js';

/** Read a JSON settings file and check it against its zod schema; every problem is listed. */
export async function loadJsonSettings<T extends z.ZodType>(path: string, schema: T, lang: 'vi' | 'en'): Promise<z.infer<T>> {
  const { z } = await import('zod');
  z.config(lang === 'vi' ? z.locales.vi() : z.locales.en());
  let raw: unknown;
  try {
    raw = await readJson(path);
  } catch (error) {
    if (error instanceof SchemaError) throw new SettingsError(path, error.problems);
    throw error;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error));
  return parsed.data;
}
