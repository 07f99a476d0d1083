import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/render/write-outputs.js';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { BIN, cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const OUTPUTS = ['bao-cao.docx', 'tong-hop.json', 'tong-hop.xlsx'];
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const snapshot = (dir: string) => Object.fromEntries(OUTPUTS.map((n) => [n, sha(join(dir, n))]));

describe('outputs are whole or absent', () => {
  it('leaves the previous outputs and no temporary file when writing fails half-way', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'old a');
    writeFileSync(join(dir, 'b.txt'), 'old b');
    await expect(writeOutputs(dir, [{ name: 'a.txt', bytes: 'new a' }, { name: 'b.txt', bytes: 42 as unknown as string }])).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`an aggregate interrupted by ${signal} while writing leaves the old set or the new set, never a mix or a partial file`, async () => {
      const out = tempDir();
      expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', out, '--date', '01/08/2023']).code).toBe(0);
      const before = snapshot(out);
      const reference = tempDir();
      expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', reference, '--date', '09/08/2023']).code).toBe(0);
      const after = snapshot(reference);
      expect(after).not.toEqual(before);

      // Interrupt the moment the first temporary file appears in the output folder.
      const child = spawn(process.execPath, [BIN, 'aggregate', DISTRICTS, '--roster', ROSTER, '--out', out, '--date', '09/08/2023'], { cwd: ROOT, stdio: 'ignore' });
      let sent = false;
      const watcher = watch(out, (_event, name) => {
        if (!sent && name && name.endsWith('.tmp')) {
          sent = true;
          child.kill(signal);
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 128 : null))));
      watcher.close();
      expect(readdirSync(out).sort()).toEqual(OUTPUTS);
      const now = snapshot(out);
      expect([before, after]).toContainEqual(now);
      // Interrupted while writing: the old set; interrupted during the renames: the signal waited, the new set.
      expect([0, 130, 143]).toContain(code);
    });
  }

  it('never writes into the inputs: every input hashes the same before and after, whatever the folder holds', () => {
    const dir = join(tempDir(), 'bao-cao');
    mkdirSync(dir);
    for (const name of readdirSync(DISTRICTS)) writeFileSync(join(dir, name), readFileSync(join(DISTRICTS, name)));
    writeFileSync(join(dir, 'hong.xlsx'), 'PK\u0003\u0004 truncated');
    const before = Object.fromEntries(readdirSync(dir).map((n) => [n, sha(join(dir, n))]));
    cnscd(['aggregate', dir, '--roster', ROSTER, '--out', join(dir, 'ket-qua'), '--pdf'], { CNSCD_SOFFICE: join(dir, 'khong-co') });
    expect(existsSync(join(dir, 'ket-qua', 'bao-cao.docx'))).toBe(true);
    const afterRun = Object.fromEntries(readdirSync(dir).filter((n) => n !== 'ket-qua').map((n) => [n, sha(join(dir, n))]));
    expect(afterRun).toEqual(before);
  });
});
