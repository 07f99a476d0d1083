import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/node/write-outputs.js';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { BIN, cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const OUTPUTS = ['bao-cao.docx', 'kiem-tra.docx', 'tong-hop.json', 'tong-hop.xlsx'];
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const snapshot = (dir: string) => Object.fromEntries(OUTPUTS.map((n) => [n, sha(join(dir, n))]));

describe('outputs are whole or absent', () => {
  it('leaves the previous outputs and no temporary file when writing fails half-way', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'old a');
    writeFileSync(join(dir, 'b.txt'), 'old b');
    await expect(
      writeOutputs(dir, [
        { name: 'a.txt', bytes: 'new a' },
        { name: 'b.txt', bytes: 42 as unknown as string },
      ]),
    ).rejects.toThrow();
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
      const child = spawn(process.execPath, [BIN, 'aggregate', DISTRICTS, '--roster', ROSTER, '--out', out, '--date', '09/08/2023'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
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
    const afterRun = Object.fromEntries(
      readdirSync(dir)
        .filter((n) => n !== 'ket-qua')
        .map((n) => [n, sha(join(dir, n))]),
    );
    expect(afterRun).toEqual(before);
  });

  it('makes the output folder and the folders above it that are missing', () => {
    const out = join(tempDir(), 'nam-2023', 'quy-4', 'ket-qua');
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('says in words why it cannot write when a file stands where a folder must be, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ket-qua'), 'a file, not a folder');
    const out = join(dir, 'ket-qua', '2023');
    const vi = cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', out]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(
      `cnscd: không ghi được kết quả vào ${out}: trên đường dẫn có một tệp trùng tên với thư mục cần ghi. Chọn thư mục khác. Không tệp nào bị ghi dở (ENOTDIR)\n`,
    );
    const en = cnscd(['--lang', 'en', 'aggregate', DISTRICTS, '--roster', ROSTER, '--out', out]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `cnscd: cannot write the outputs to ${out}: a file stands on the path where a folder must be. Choose another folder. No file was left half-written (ENOTDIR)\n`,
    );
    expect(readdirSync(dir)).toEqual(['ket-qua']);
    expect(readFileSync(join(dir, 'ket-qua'), 'utf8')).toBe('a file, not a folder');
  });

  // Node's recursive mkdir asks for the parent and the folder again for ever when the system answers "no such file"
  // for a folder whose parent is there, as /proc does: the run spun at full speed and never ended.
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))(
    'ends with a message when the system will not make the output folder (a folder under /proc)',
    () => {
      const r = spawnSync(process.execPath, [BIN, 'aggregate', DISTRICTS, '--roster', ROSTER, '--out', '/proc/cnscd-ket-qua/2023'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, NO_COLOR: '' },
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        'cnscd: không ghi được kết quả vào /proc/cnscd-ket-qua/2023: không tạo được thư mục ở đó. Chọn thư mục khác. Không tệp nào bị ghi dở (ENOENT)\n',
      );
    },
  );
});
