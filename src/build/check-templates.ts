/**
 * Run by `npm run build`: check every built-in template with zod (the build fails on a broken one, with every
 * problem listed) and keep the checked data with the sha256 of its text, so a run need not load zod for files
 * nobody changed (src/node/templates.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHECKED_FILE, sha256Text, templateKey, TEMPLATES_DIR, type CheckedCopies, type CheckedFile } from '../node/templates.js';
import { DEFAULT_SCHEMA_ID, loadBuiltIn } from '../node/load-schema.js';
import { loadFormWording } from '../node/load-settings.js';
import { SettingsError } from '../model/settings-error.js';
import { loadJsonSettings } from '../node/json-file.js';
import { CONFIG_FILE_NAME } from '../settings/report-config.js';
import { reportConfigSchema } from '../settings/report-config-schema.js';
import { DEFAULT_WORDING } from '../node/load-settings.js';
import { wordingSchema } from '../settings/wording-schema.js';

const copies: CheckedCopies = {};
const defaults: CheckedFile['defaults'] = {};
/** Keep a template's checked data with the sha256 of the text it was checked from. */
const keep = async (path: string, data: unknown) => {
  copies[templateKey(path)] = { sha256: sha256Text(await readFile(path, 'utf8')), data };
};
try {
  // Each checked with zod itself, not through its loader (which would trust the previous build's copy).
  await keep(resolve(TEMPLATES_DIR, 'schemas', `${DEFAULT_SCHEMA_ID}.json`), await loadBuiltIn(DEFAULT_SCHEMA_ID, 'vi', false));
  await keep(DEFAULT_WORDING, await loadJsonSettings(DEFAULT_WORDING, wordingSchema, 'vi'));
  defaults[CONFIG_FILE_NAME] = reportConfigSchema.parse({});
  await loadFormWording('vi');
} catch (error) {
  if (error instanceof SettingsError) {
    process.stderr.write(`${error.file}:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  throw error;
}
await writeFile(CHECKED_FILE, `${JSON.stringify({ templates: copies, defaults } satisfies CheckedFile)}\n`);
