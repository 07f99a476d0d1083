import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/cnscd.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: a whole process, no terminal. */
export function cnscd(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = [], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // A folder's JSON report runs to megabytes.
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the built CLI as `cnscd` does, with a module-resolve hook that lists every module the run loads (their URLs,
 * one a line): to check that a command leaves the heavy libraries it does not need unloaded.
 */
export function cnscdTraced(args: string[], env: Record<string, string> = {}): Run & { loaded: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cnscd-trace-'));
  const log = join(dir, 'loaded.txt');
  const hook = join(dir, 'trace.mjs');
  writeFileSync(log, '');
  writeFileSync(
    hook,
    `import { appendFileSync } from 'node:fs';\n` +
      `export async function resolve(specifier, context, next) { const r = await next(specifier, context); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  const run = cnscd(args, env, ['--import', register]);
  return { ...run, loaded: readFileSync(log, 'utf8') };
}
