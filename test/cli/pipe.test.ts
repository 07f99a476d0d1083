import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';
import { BIN, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** Run the CLI with its output read by something that stops after the first piece (`| head -1`). */
function readFirstPieceOnly(args: string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

describe('output read by a command that stops early (| head)', () => {
  // 120 forms: a JSON document of about a megabyte, far more than a pipe holds, so the writer meets the closed pipe.
  const dir = join(tempDir('cnscd-pipe-'), 'xa');
  writeCorpus(dir, 120, 0.5);

  it('aggregate still writes its outputs whole and keeps its exit code, with no stack trace', async () => {
    const out = tempDir();
    const r = await readFirstPieceOnly(['aggregate', dir, '--out', out, '--json']);
    expect(r.first.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|at |Error/);
    expect(r.code).toBe(0);
    for (const name of ['bao-cao.docx', 'tong-hop.xlsx', 'tong-hop.json']) expect(existsSync(join(out, name)), name).toBe(true);
  });

  it('validate --json of a folder: no stack trace', async () => {
    const r = await readFirstPieceOnly(['validate', dir, '--json']);
    expect(r.first.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|at |Error/);
    expect(r.code).toBe(0);
  });
});
