import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

// Outside a clone: the package packed as a user receives it (`npm pack`), installed into a prefix of its own, and run
// from another folder — its templates, schemas and fonts found beside the installed code, nothing from the clone.
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const npm = (args: string[], cwd: string) => spawnSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', timeout: 240_000 });

describe('installed from the packed tarball, on a machine without the clone', () => {
  it('validates, writes a form and adds up a folder from another folder', () => {
    const work = tempDir('cnscd-install-');
    // The build is fresh (npm test builds first); packing runs it again otherwise.
    const pack = npm(['pack', '--ignore-scripts', '--pack-destination', work], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(work, `cnscd-${version}.tgz`);
    expect(existsSync(tarball)).toBe(true);
    const prefix = join(work, 'prefix');
    const install = npm(['install', '--global', '--prefix', prefix, tarball, '--prefer-offline'], work);
    expect(install.status, install.stderr).toBe(0);
    const bin = process.platform === 'win32' ? join(prefix, 'cnscd.cmd') : join(prefix, 'bin', 'cnscd');
    const elsewhere = tempDir('cnscd-user-');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    const validate = run(['validate', join(ROOT, 'fixtures', 'tu-ky-6-thang-2023.xlsx')]);
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(1); // seed 001's VNeID sum
    expect(validate.stdout).toContain('4.621 + 71.373 = 75.994');

    const template = run(['template', '--unit', 'Huyện Tứ Kỳ', '--period', '2023-H1', '--out', 'bieu-mau.xlsx']);
    expect([template.status, template.stderr]).toEqual([0, '']);
    expect(existsSync(join(elsewhere, 'bieu-mau.xlsx'))).toBe(true);

    const aggregate = run(['aggregate', join(ROOT, 'fixtures', 'hai-duong-2023'), '--roster', join(ROOT, 'fixtures', 'hai-duong-don-vi.json')]);
    expect([aggregate.status, aggregate.stderr]).toEqual([0, '']);
    for (const name of ['bao-cao.docx', 'tong-hop.xlsx', 'tong-hop.json']) expect(existsSync(join(elsewhere, 'cnscd-out', name)), name).toBe(true);
    expect(JSON.parse(readFileSync(join(elsewhere, 'cnscd-out', 'tong-hop.json'), 'utf8')).totals.so_nguoi_dan_duoc_huong_dan.value).toBe(316105);

    const schema = run(['schema']);
    expect([schema.status, schema.stderr]).toEqual([0, '']);
    expect(schema.stdout).toContain('so_tai_khoan_vneid');
  }, 300_000);
});
