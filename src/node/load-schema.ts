import { SettingsError, zodProblems } from '../model/settings-error.js';
import { dirname, resolve } from 'node:path';
import { readJson } from './json-file.js';
import { checkedCopy, TEMPLATES_DIR } from './templates.js';
import { DEFAULT_SCHEMA_ID, type LoadedSchema } from '../schema/loaded.js';
import { applyChanges, checkSchema } from '../schema/build.js';

export { DEFAULT_SCHEMA_ID, type LoadedSchema } from '../schema/loaded.js';
import type { FullSchema } from '../schema/types.js';
import type { Lang } from '../model/lang.js';

/**
 * zod and the zod schemas load only when a file must be checked: a user's file always, a built-in one only when it
 * differs from the copy checked at build time (`npm run build` checks every built-in template).
 */
async function validators(lang: Lang) {
  const [{ z }, types] = await Promise.all([import('zod'), import('../schema/types.js')]);
  z.config(lang === 'vi' ? z.locales.vi() : z.locales.en());
  return types;
}

/** Load the default schema, or a user's schema file (complete, or `extends` another). */
export async function loadSchema(file?: string, lang: Lang = 'vi'): Promise<LoadedSchema> {
  const schema = file ? await loadUserSchema(resolve(file), new Set(), lang) : await loadBuiltIn(DEFAULT_SCHEMA_ID, lang);
  const source = file ?? DEFAULT_SCHEMA_ID;
  const { matcher, problems } = checkSchema(schema, lang);
  if (problems.length > 0) throw new SettingsError(source, problems, 'schema');
  return { schema, matcher, source };
}

/** A built-in schema: the build-time checked copy when the file is unchanged, else checked with zod now. */
export async function loadBuiltIn(id: string, lang: Lang = 'vi', useChecked = true): Promise<FullSchema> {
  const path = resolve(TEMPLATES_DIR, 'schemas', `${id}.json`);
  if (useChecked) {
    const checked = await checkedCopy<FullSchema>(path);
    if (checked) return checked;
  }
  const raw = await readJson(path, 'schema');
  const parsed = (await validators(lang)).fullSchemaSchema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error), 'schema');
  return parsed.data;
}

async function loadUserSchema(path: string, seen: Set<string>, lang: Lang): Promise<FullSchema> {
  if (seen.has(path)) throw new SettingsError(path, [`"extends" vòng tròn / circular "extends"`], 'schema');
  seen.add(path);
  const raw = await readJson(path, 'schema');
  const { extendingSchemaSchema, fullSchemaSchema } = await validators(lang);
  if (raw && typeof raw === 'object' && 'extends' in raw) {
    const parsed = extendingSchemaSchema.safeParse(raw);
    if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error), 'schema');
    const base = await loadBase(parsed.data.extends, dirname(path), seen, lang);
    return applyChanges(base, parsed.data, path);
  }
  const parsed = fullSchemaSchema.safeParse(raw);
  if (!parsed.success) throw new SettingsError(path, zodProblems(parsed.error), 'schema');
  return parsed.data;
}

async function loadBase(ref: string, dir: string, seen: Set<string>, lang: Lang): Promise<FullSchema> {
  if (/^[a-z0-9-]+$/i.test(ref) && !ref.endsWith('.json')) {
    try {
      return await loadBuiltIn(ref, lang);
    } catch (error) {
      if (error instanceof SettingsError && error.problems[0]?.startsWith('ENOENT')) {
        throw new SettingsError(ref, [`không có bộ chỉ tiêu có sẵn tên "${ref}" / no built-in schema named "${ref}"`], 'schema');
      }
      throw error;
    }
  }
  return loadUserSchema(resolve(dir, ref), seen, lang);
}
