import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { BIN, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

interface Step {
  name: string;
  run: string;
  id?: string;
  continueOnError: boolean;
  condition?: string;
}

/** The `run:` steps of docs/cnscd-workflow.yml, in order (our own file: one `run:` line per step). */
function steps(): Step[] {
  const text = readFileSync(join(ROOT, 'docs', 'cnscd-workflow.yml'), 'utf8');
  return text
    .split(/\n(?=\s+- (?:name|uses):)/)
    .filter((block) => /^\s+run: /m.test(block))
    .map((block) => ({
      name: /name: (.*)/.exec(block)?.[1] ?? '',
      run: /^\s+run: (.*)$/m.exec(block)![1]!,
      ...(/^\s+id: (.*)$/m.test(block) ? { id: /^\s+id: (.*)$/m.exec(block)![1]! } : {}),
      continueOnError: /continue-on-error: true/.test(block),
      ...(/^\s+if: (.*)$/m.test(block) ? { condition: /^\s+if: (.*)$/m.exec(block)![1]! } : {}),
    }));
}

/** Run the workflow's steps as Actions would, in a checkout holding `bao-cao/`, with the built cnscd as `npx cnscd`. */
function runWorkflow(repo: string): { step: Step; code: number; stdout: string }[] {
  const outcome: Record<string, 'success' | 'failure'> = {};
  const done: { step: Step; code: number; stdout: string }[] = [];
  for (const step of steps()) {
    if (step.run === 'npm ci') continue; // installed already: this machine is the checkout
    if (step.condition) {
      const wanted = [...step.condition.matchAll(/steps\.([\w-]+)\.outcome == 'failure'/g)].map((m) => m[1]!);
      if (!wanted.some((id) => outcome[id] === 'failure')) continue;
    }
    const command = step.run.replaceAll('npx cnscd', `"${process.execPath}" "${BIN}"`);
    const r = spawnSync('bash', ['-c', command], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
    if (step.id) outcome[step.id] = r.status === 0 ? 'success' : 'failure';
    done.push({ step, code: r.status ?? -1, stdout: r.stdout });
    if (r.status !== 0 && !step.continueOnError && !step.condition) break;
  }
  return done;
}

function checkout(): string {
  const repo = tempDir('cnscd-ci-');
  cpSync(DISTRICTS, join(repo, 'bao-cao'), { recursive: true });
  cpSync(ROSTER, join(repo, 'don-vi.json'));
  return repo;
}

describe('docs/cnscd-workflow.yml, run for real', () => {
  it('checks, aggregates and keeps the report; a clean folder passes', () => {
    const repo = checkout();
    const ran = runWorkflow(repo);
    expect(ran.map((r) => r.step.name)).toEqual(['Kiểm tra từng báo cáo', 'Tổng hợp và viết báo cáo', 'Kết quả dạng JSON cho các bước sau']);
    expect(ran.every((r) => r.code === 0)).toBe(true);
    for (const f of ['bao-cao.docx', 'tong-hop.xlsx', 'tong-hop.json', 'ket-qua.json']) expect(existsSync(join(repo, 'ket-qua', f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(repo, 'ket-qua', 'ket-qua.json'), 'utf8')).totals.so_nguoi_dan_duoc_huong_dan.value).toBe(316105);
    expect(ran[0]!.stdout).toMatch(/^::warning file=bao-cao\/kim-thanh-tcvn3\.csv,line=12,col=4,title=cnscd value-empty::/m);
    // A job that names the folder by its full path ($GITHUB_WORKSPACE/bao-cao) gets the same paths from the checkout.
    const full = spawnSync(process.execPath, [BIN, 'validate', join(repo, 'bao-cao'), '--format', 'github'], { cwd: repo, encoding: 'utf8' });
    expect(full.stdout).toMatch(/^::warning file=bao-cao\/kim-thanh-tcvn3\.csv,line=12,col=4,title=cnscd value-empty::/m);
    expect(full.stdout).not.toContain(repo);
  });

  it('annotates the errors, still keeps the report, and fails the run', () => {
    const repo = checkout();
    writeFileSync(
      join(repo, 'bao-cao', 'cam-giang.csv'),
      'Đơn vị: Huyện Cẩm Giàng\nKỳ báo cáo: 6 tháng đầu năm 2023\n\nSTT;Nội dung;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;8,5\n',
    );
    const ran = runWorkflow(repo);
    expect(ran.map((r) => r.code)).toEqual([1, 1, 0, 1]);
    expect(ran[0]!.stdout).toMatch(/^::error file=bao-cao\/cam-giang\.csv,line=5,col=3,title=cnscd value-decimal::/m);
    expect(ran[1]!.stdout).toMatch(/^::error file=bao-cao\/cam-giang\.csv,line=5,col=3,title=cnscd value-decimal::/m);
    expect(ran[3]!.step.name).toBe('Báo lỗi nếu còn sai sót');
    expect(existsSync(join(repo, 'ket-qua', 'bao-cao.docx'))).toBe(true);
  });
});
