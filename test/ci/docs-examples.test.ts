import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

// The examples in docs/ci.md are run as they are written: the cron script, its paths moved to a temporary folder,
// `cnscd` on the PATH as an installed one is.
const doc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
const script = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(doc)?.[1];

function setUp() {
  const root = tempDir('cnscd-cron-');
  const bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'cnscd'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(bin, 'cnscd'), 0o755);
  const submissions = join(root, 'data', 'bao-cao');
  mkdirSync(submissions, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'fixtures', 'hai-duong-2023')))
    copyFileSync(join(ROOT, 'fixtures', 'hai-duong-2023', name), join(submissions, name));
  mkdirSync(join(root, 'srv', 'cnscd'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures', 'hai-duong-don-vi.json'), join(root, 'srv', 'cnscd', 'don-vi.json'));
  const file = join(root, 'srv', 'cnscd', 'tong-hop.sh');
  writeFileSync(file, script!.replaceAll('/data/', `${root}/data/`).replaceAll('/srv/', `${root}/srv/`));
  chmodSync(file, 0o755);
  const run = () => spawnSync('/bin/sh', [file], { cwd: '/', encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' } });
  return { root, submissions, out: join(root, 'data', 'ket-qua'), run };
}

describe('docs/ci.md', () => {
  it('has the cron script', () => {
    expect(script).toContain('cnscd aggregate');
  });

  it('its cron script runs on a first run, when the output folder is not there yet, and says what happened', () => {
    const { out, run } = setUp();
    expect(existsSync(out)).toBe(false);
    const r = run();
    expect([r.status, r.stdout.trim()]).toEqual([0, 'cnscd: report written, no errors']);
    for (const name of ['bao-cao.docx', 'tong-hop.xlsx', 'tong-hop.json', 'kiem-tra.txt']) expect(existsSync(join(out, name)), name).toBe(true);
  });

  it('exits 1 with the report written when a unit sent a blank form, and the JSON names it', () => {
    const { submissions, out, run } = setUp();
    expect(cnscd(['template', '--unit', 'Huyện Thanh Hà', '--period', '2023-H1', '--out', join(submissions, 'thanh-ha.xlsx'), '--force']).code).toBe(0);
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('cnscd: report written, with errors');
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.missing.map((m: { name: string }) => m.name)).toEqual(['Huyện Thanh Hà']);
    expect(readFileSync(join(out, 'kiem-tra.txt'), 'utf8')).toContain('title=cnscd report-empty');
  });
});
