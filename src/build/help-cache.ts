/**
 * Run by `npm run build`: render every command's `--help`, in both languages, through commander itself, and keep
 * the texts in dist/help-cache.json. `cnscd --help` then answers without loading commander (bin/cnscd.js); a test
 * holds the cache to what commander prints.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '..', '..', 'bin', 'cnscd.js');
export const COMMANDS = ['', 'validate', 'aggregate', 'template', 'init', 'schema'];
const cache: Record<string, string> = {};
for (const lang of ['vi', 'en']) {
  for (const cmd of COMMANDS) {
    const args = [bin, ...(cmd ? [cmd] : []), '--help', '--lang', lang];
    cache[`${lang}|${cmd}`] = execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CNSCD_NO_HELP_CACHE: '1', NO_COLOR: '1' } });
  }
}
writeFileSync(resolve(here, '..', 'help-cache.json'), `${JSON.stringify(cache)}\n`);
