import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang } from '../model/lang.js';
import { CONFIG_FILE_NAME } from '../settings/report-config.js';
import { makeFolder } from '../node/write-outputs.js';
import { STARTER_CONFIG, STARTER_NARRATIVE, STARTER_ROSTER } from '../settings/starter-files.js';
import { NARRATIVE_FILE_NAMES } from '../settings/narrative.js';
import type { CliText } from '../i18n/cli-text.js';
import { UsageError } from '../app/usage-error.js';

export const ROSTER_FILE_NAME = 'don-vi.csv';

/** `cnscd init`: a starting config, roster and example of the report's own text in a folder, made if missing; an existing file is never overwritten. */
export async function runInit(opts: { dir?: string; lang: Lang }, t: CliText): Promise<number> {
  const dir = resolve(opts.dir ?? '.');
  const files = [
    { name: CONFIG_FILE_NAME, text: `${JSON.stringify(STARTER_CONFIG, null, 2)}\n` },
    { name: ROSTER_FILE_NAME, text: STARTER_ROSTER },
    { name: NARRATIVE_FILE_NAMES[0]!, text: STARTER_NARRATIVE },
  ];
  try {
    await makeFolder(dir);
  } catch (error) {
    throw new UsageError(t.writeFailed(dir, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  for (const f of files) {
    const path = join(dir, f.name);
    if (existsSync(path)) {
      process.stdout.write(`${t.init.kept(f.name)}\n`);
      continue;
    }
    try {
      await writeFile(path, f.text, { flag: 'wx' });
    } catch (error) {
      throw new UsageError(t.writeFailed(path, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    process.stdout.write(`${t.init.written(f.name)}\n`);
  }
  process.stdout.write(`${t.init.next}\n`);
  return 0;
}
