import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/**
 * The worker pool runs only from the built CLI (its worker is compiled JavaScript): these runs are whole processes.
 * A folder of 450 commune forms, with broken and messy files among them, read on 3 threads and on 1 must give the
 * same outputs to the byte, and the totals the generator knows.
 */
describe('reading on several threads', () => {
  let dir = '';
  let sums: Record<string, number> = {};
  const count = 450;
  beforeAll(() => {
    dir = join(tempDir('cnscd-threads-'), 'xa');
    sums = (writeCorpus(dir, count, 0.7) as { sums: Record<string, number> }).sums;
    // Files that fail in a worker as they fail on one thread: not a workbook, empty, a form with an error.
    writeFileSync(join(dir, 'zz-hong.xlsx'), Buffer.from('PK\u0003\u0004 không phải workbook'));
    writeFileSync(join(dir, 'zz-rong.csv'), '');
    writeFileSync(
      join(dir, 'zz-xa-loi.csv'),
      'Đơn vị: Xã Lỗi\nKỳ báo cáo: Năm 2025\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;-5\n',
    );
  });

  it('aggregate gives the same report, workbook and JSON whatever the number of threads', () => {
    const outs = ['1', '3'].map((threads) => {
      const out = tempDir();
      const r = cnscd(['aggregate', dir, '--out', out], { CNSCD_THREADS: threads });
      expect(r.stderr).not.toMatch(/Error|at /);
      expect(r.code).toBe(1);
      return out;
    });
    for (const name of ['tong-hop.json', 'tong-hop.xlsx', 'bao-cao.docx']) {
      expect(readFileSync(join(outs[1]!, name)).equals(readFileSync(join(outs[0]!, name))), name).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(outs[1]!, 'tong-hop.json'), 'utf8')) as {
      totals: Record<string, { value: number }>;
      files: { path: string; status: string }[];
    };
    // The generator's commune forms are all counted; the broken files are named, not lost.
    for (const [code, sum] of Object.entries(sums)) expect(json.totals[code]?.value, code).toBe(sum);
    expect(json.files).toHaveLength(count + 3);
    expect(json.files.find((f) => f.path === 'zz-hong.xlsx')?.status).toBe('unreadable');
    expect(json.files.find((f) => f.path === 'zz-rong.csv')?.status).toBe('unreadable');
    expect(json.files.find((f) => f.path === 'zz-xa-loi.csv')?.status).toBe('not-counted');
    expect(json.files.filter((f) => f.path.startsWith('xa-') && f.status === 'counted')).toHaveLength(count);
  });

  it('validate --json prints the same document whatever the number of threads', () => {
    const [one, three] = ['1', '3'].map((threads) => cnscd(['validate', dir, '--json'], { CNSCD_THREADS: threads }));
    expect(one!.code).toBe(2);
    expect(three!.code).toBe(2);
    expect(three!.stdout).toBe(one!.stdout);
    expect((JSON.parse(three!.stdout) as { files: unknown[] }).files).toHaveLength(count + 3);
  });
});

describe('how many threads', () => {
  it('takes one on two cores or fewer, where a worker made runs no faster, and one a core (at most 4) beyond', async () => {
    const { threadCount } = await import('../../src/node/pool.js');
    expect([1, 2, 3, 4, 6, 16].map((cores) => threadCount(undefined, cores))).toEqual([1, 1, 3, 4, 4, 4]);
  });

  it('takes what CNSCD_THREADS asks, a whole number from 1 up, whatever the cores; anything else is ignored', async () => {
    const { threadCount } = await import('../../src/node/pool.js');
    expect(['1', '2', '8'].map((asked) => threadCount(asked, 2))).toEqual([1, 2, 8]);
    expect(['', '0', '-2', '1.5', 'hai', ' '].map((asked) => threadCount(asked, 8))).toEqual([4, 4, 4, 4, 4, 4]);
  });
});
