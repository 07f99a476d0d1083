import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDistricts, DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

// Which cnscd.config.json made the letterhead is said; a broken one where the tool looks is an error; none is said too.
describe('the report settings file', () => {
  it('is named on the terminal and in the JSON; one in the working folder is used and the folder’s own named as not', () => {
    const dir = copyDistricts();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'cnscd.config.json'), JSON.stringify({ coQuan: 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH' }));
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out], {}, [], cwd);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\n\s+/g, ' ');
    expect(text).toMatch(/Cấu hình báo cáo: (\.\.\/)+.*cnscd\.config\.json\./);
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.config.source).toMatch(/\/cnscd\.config\.json$/);
    expect(json.config.unused).toEqual(['cnscd.config.json']);
    expect(text).toMatch(/Không dùng cnscd\.config\.json \(đã dùng \S*cnscd\.config\.json\)\./);
  });

  it('is an error when one where the tool looks is broken, even if another is used', () => {
    const dir = copyDistricts();
    writeFileSync(join(dir, 'cnscd.config.json'), '{ "coQuan": ');
    const cwd = tempDir();
    copyFileSync(join(DISTRICTS, 'cnscd.config.json'), join(cwd, 'cnscd.config.json'));
    const r = cnscd(['aggregate', dir, '--out', tempDir()], {}, [], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, 'cnscd.config.json'));
  });

  it('when there is none, the terminal says the letterhead is left blank and how to make one', () => {
    const dir = copyDistricts();
    rmSync(join(dir, 'cnscd.config.json'));
    const r = cnscd(['aggregate', dir, '--out', tempDir()], {}, [], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n\s+/g, ' ')).toContain(
      'Không có tệp cấu hình báo cáo (cnscd.config.json): phần đầu báo cáo (tên cơ quan, số, nơi nhận, người ký) để trống. Tạo tệp bằng: cnscd init',
    );
  });
});
