import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';
import { BIN, cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** Run the built CLI on a pseudo-terminal (util-linux `script`), as a clerk at a terminal sees it: both streams. */
function onTerminal(args: string[]): string {
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  const r = spawnSync('script', ['-qec', [process.execPath, BIN, ...args].map(quote).join(' '), '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  expect(r.error).toBeUndefined();
  return r.stdout;
}

describe('the progress line', () => {
  const dir = join(tempDir('cnscd-progress-'), 'xa');
  writeCorpus(dir, 30, 0.5);
  writeFileSync(
    join(dir, 'loi.csv'),
    'Đơn vị: Xã Lỗi\nKỳ báo cáo: Năm 2025\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;-5\n',
  );

  it('counts the files on a terminal, then is wiped before the results', () => {
    for (const [args, first] of [
      [['validate', dir], `${dir}/loi.csv`],
      // (The unit whose figure is negative is not counted.)
      [['aggregate', dir, '--out', join(dir, '..', 'ra')], 'Tổng hợp 30 đơn vị từ 31 tệp'],
    ] as const) {
      const screen = onTerminal([...args]);
      expect(screen, args[0]).toMatch(/^\r0\/31(\r\d+\/31)*\r\x1b\[K/);
      // What follows the wiped line is the report itself.
      expect(screen.slice(screen.indexOf('\x1b[K') + 3).startsWith(first), args[0]).toBe(true);
    }
  });

  it('is never written to a pipe, a file or CI, nor with --json', () => {
    for (const args of [
      ['validate', dir],
      ['aggregate', dir, '--out', join(dir, '..', 'ra2')],
    ]) {
      const r = cnscd(args);
      expect(r.stderr, args[0]).toBe('');
      expect(r.stdout, args[0]).not.toMatch(/\r|\/31\b/);
    }
    expect(onTerminal(['validate', dir, '--json']).startsWith('{')).toBe(true);
  });
});
