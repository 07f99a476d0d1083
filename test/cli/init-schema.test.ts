import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

describe('cnscd init', () => {
  it('writes a config with every field explained that aggregate accepts, and a roster to fill in; never overwrites', () => {
    const dir = tempDir();
    const r = cnscd(['init', '--dir', dir]);
    expect(r.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'cnscd.config.json'), 'utf8'));
    const fields = Object.keys(config).filter((k) => k !== '_huongDan');
    expect(Object.keys(config._huongDan).sort()).toEqual(fields.sort());
    expect(cnscd(['aggregate', DISTRICTS, '--config', join(dir, 'cnscd.config.json'), '--out', tempDir()]).code).toBe(0);
    // The empty roster is refused with a message that says what to do.
    const empty = cnscd(['aggregate', DISTRICTS, '--roster', join(dir, 'don-vi.csv'), '--out', tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('danh sách chưa có đơn vị nào');
    // Filled in Excel and saved, it works.
    writeFileSync(join(dir, 'don-vi.csv'), `${readFileSync(join(dir, 'don-vi.csv'), 'utf8')}298;Huyện Tứ Kỳ;huyện;Tỉnh Hải Dương;\r\n`);
    const one = cnscd(['aggregate', DISTRICTS, '--roster', join(dir, 'don-vi.csv'), '--out', tempDir(), '--json']);
    const doc = JSON.parse(one.stdout);
    expect(doc.units.map((u: { name: string }) => u.name)).toEqual(['Huyện Tứ Kỳ']);
    expect(doc.findings.filter((f: { code: string }) => f.code === 'unit-unknown')).toHaveLength(11);
    writeFileSync(join(dir, 'cnscd.config.json'), '{"coQuan": "SỞ KH&CN"}');
    const again = cnscd(['init', '--dir', dir]);
    expect(again.stdout).toContain('cnscd.config.json đã có — giữ nguyên');
    expect(readFileSync(join(dir, 'cnscd.config.json'), 'utf8')).toBe('{"coQuan": "SỞ KH&CN"}');
  });

  it('makes the folder it is given when it is not there yet', () => {
    const dir = join(tempDir(), 'bao-cao-2024', 'cau-hinh');
    const r = cnscd(['init', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['cnscd.config.json', 'don-vi.csv', 'noi-dung-bao-cao.md']);
    expect(JSON.parse(readFileSync(join(dir, 'cnscd.config.json'), 'utf8'))._huongDan).toBeDefined();
  });
});

describe('cnscd schema', () => {
  it('prints the indicators, rules and ratios, or the schema as JSON', () => {
    const r = cnscd(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/so_tai_khoan_vneid\s+Tài khoản\s+Số tài khoản VNeID được tạo/);
    expect(r.stdout).toContain('vneid-bang-tong-muc-do: so_tai_khoan_vneid = so_tai_khoan_vneid_muc_1 + so_tai_khoan_vneid_muc_2  [lỗi]');
    const j = JSON.parse(cnscd(['schema', '--json']).stdout);
    expect(j.indicators).toHaveLength(19);
    expect(j.rules).toHaveLength(4);
    const en = cnscd(['schema', '--lang', 'en']);
    expect(en.stdout).toContain('Rules:');
  });
});
