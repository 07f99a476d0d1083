import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from './cli.js';
import { tempDir } from './files.js';

export interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process, in MB. */
  peakMb: number;
  seconds: number;
}

/** Run the CLI in its own process and read its peak memory as the process itself saw it at exit. */
export function measureCli(args: string[], env: Record<string, string> = {}): Measured {
  const dir = tempDir();
  const log = join(dir, 'rss.txt');
  const hook = join(dir, 'rss.mjs');
  writeFileSync(
    hook,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(log)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, peakMb: Number(readFileSync(log, 'utf8')) / 1024, seconds };
}
