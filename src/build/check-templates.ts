/**
 * Run by `npm run build`: check every built-in template with zod (the build fails on a broken one, with every
 * problem listed) and keep the checked data with the sha256 of its text, so a run need not load zod for files
 * nobody changed (src/schema/checked.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHECKED_FILE, sha256Text, templateKey, type CheckedCopies } from '../schema/checked.js';
import { DEFAULT_SCHEMA_ID, loadBuiltIn, SchemaError, TEMPLATES_DIR } from '../schema/load.js';
import { loadFormWording } from '../settings/form-wording.js';
import { SettingsError } from '../settings/settings-error.js';
import { DEFAULT_WORDING, loadWording } from '../settings/wording.js';

const copies: CheckedCopies = {};
try {
  const schemaPath = resolve(TEMPLATES_DIR, 'schemas', `${DEFAULT_SCHEMA_ID}.json`);
  const schema = await loadBuiltIn(DEFAULT_SCHEMA_ID, 'vi', false);
  copies[templateKey(schemaPath)] = { sha256: sha256Text(await readFile(schemaPath, 'utf8')), data: schema };
  await loadWording(DEFAULT_WORDING, 'vi');
  await loadFormWording('vi');
} catch (error) {
  if (error instanceof SchemaError || error instanceof SettingsError) {
    process.stderr.write(`${error.file}:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  throw error;
}
await writeFile(CHECKED_FILE, `${JSON.stringify(copies)}\n`);
