import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formSheet, tempDir, writeWorkbook } from '../support/files.js';
import { cnscd, cnscdTraced, ROOT } from '../support/cli.js';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';

describe('cnscd validate, as a user runs it', () => {
  it('exits 1 on seed 001 and names the VNeID cells with 71.994 against 4.621 + 71.373 = 75.994', () => {
    const r = cnscd(['validate', 'fixtures/tu-ky-6-thang-2023.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Số liệu!D19');
    expect(r.stdout).toMatch(/71\.994/);
    expect(r.stdout).toMatch(/4\.621 \+\s+71\.373 = 75\.994/);
    expect(r.stdout).toContain('1 lỗi');
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour when not on a terminal
  });

  it('exits 0 on a clean file, with one summary line', async () => {
    const path = await writeWorkbook('ok.xlsx', (wb) => formSheet(wb, [[1, 'Số buổi tập huấn', 'Buổi', 3]]));
    const r = cnscd(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ hợp lệ');
  });

  it('speaks English with --lang en, before or after the command', () => {
    for (const args of [
      ['--lang', 'en', 'validate', 'fixtures/tu-ky-6-thang-2023.csv'],
      ['validate', 'fixtures/tu-ky-6-thang-2023.csv', '--lang', 'en'],
    ]) {
      const r = cnscd(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('1 error');
      expect(r.stdout).toContain('line 18, col 4');
      expect(r.stdout).toMatch(/4,621 \+\s+71,373 = 75,994/);
      expect(r.stdout).not.toContain('lỗi');
    }
  });

  it('prints one JSON document of the promised shape', () => {
    const r = cnscd(['validate', '--json', 'fixtures/tu-ky-6-thang-2023.xlsx', 'fixtures/hai-duong-phu-luc-2023.csv']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const [form, table] = doc.files;
    expect(form).toMatchObject({ path: 'fixtures/tu-ky-6-thang-2023.xlsx', valid: false, unit: 'Huyện Tứ Kỳ', period: '2023-H1' });
    expect(form.values.so_tai_khoan_vneid).toMatchObject({
      value: 71994,
      origin: { file: 'fixtures/tu-ky-6-thang-2023.xlsx', sheet: 'Số liệu', cell: 'D19', line: null, column: null },
    });
    const f = form.findings.find((x: { code: string }) => x.code === 'rule-sum');
    expect(f).toEqual({
      code: 'rule-sum',
      severity: 'error',
      indicator: 'so_tai_khoan_vneid',
      rule: 'vneid-bang-tong-muc-do',
      unit: 'Huyện Tứ Kỳ',
      location: { sheet: 'Số liệu', cell: 'D19', line: null, column: null },
      related: [
        { sheet: 'Số liệu', cell: 'D20', line: null, column: null },
        { sheet: 'Số liệu', cell: 'D21', line: null, column: null },
      ],
      expected: 75994,
      actual: 71994,
      message: expect.stringContaining('4.621 + 71.373 = 75.994'),
    });
    expect(table.units).toHaveLength(12);
    expect(table.units[6]).toMatchObject({
      unit: 'Thành phố Hải Dương',
      values: { so_thanh_vien_duoc_tap_huan: { value: 1038 }, so_san_pham_ocop: { value: null } },
    });
    expect(
      table.findings.filter((x: { code: string }) => x.code === 'total-mismatch').map((x: { location: { line: number; column: number } }) => x.location),
    ).toEqual([5, 6, 7, 8, 9].map((column) => ({ sheet: null, cell: expect.any(String), line: 18, column })));
    expect(doc.summary).toEqual({ files: 2, valid: 0, unreadable: 0, errors: 6, warnings: 6 });
  });

  it('gives identical bytes for identical input', () => {
    const a = cnscd(['validate', '--json', 'fixtures/']);
    const b = cnscd(['validate', '--json', 'fixtures/']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(1000);
  });

  it('--strict turns warnings into errors', async () => {
    const path = await writeWorkbook('warn.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số buổi tập huấn', 'Buổi', null],
        [2, 'Số người dân được hướng dẫn', 'Người', 40],
      ]),
    );
    expect(cnscd(['validate', path]).code).toBe(0);
    const strict = cnscd(['validate', '--strict', path]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).not.toContain('cảnh báo  ');
  });

  it('exits 2 when a file cannot be read, still checking the others, and never prints a stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('Workbook', 'utf16le')]));
    const r = cnscd(['validate', join(dir, 'old.xls'), join(dir, 'missing.csv'), 'fixtures/nam-chinh-2022-tcvn3.csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Excel 97-2003 (.xls)');
    expect(r.stdout).toContain('.xlsx');
    expect(r.stdout).toContain('Không tìm thấy tệp');
    expect(r.stdout).toContain('Xã Nam Chính');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('exits 2 on misuse, with a Vietnamese message', () => {
    for (const args of [
      ['validate'],
      ['validate', '--bogus', 'x.csv'],
      ['frobnicate'],
      ['validate', '--encoding', 'latin9', 'x.csv'],
      ['validate', '--period', 'đợt 2', 'x.csv'],
      ['validate', '--lang', 'fr', 'x.csv'],
    ]) {
      const r = cnscd(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^cnscd: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(cnscd(['validate', '--bogus', 'x.csv']).stderr).toContain('không có tuỳ chọn --bogus');
  });

  it('exits 2 with every problem of a broken schema listed', () => {
    const path = join(tempDir(), 's.json');
    writeFileSync(path, JSON.stringify({ extends: 'cnscd-2023', indicators: { drop: ['khong_co'], add: [{ code: 'X' }] } }));
    const r = cnscd(['validate', '--schema', path, 'fixtures/tu-ky-6-thang-2023.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bộ chỉ tiêu');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  - ')).length).toBeGreaterThanOrEqual(3);
  });

  it('honours --encoding over detection', () => {
    const forced = cnscd(['validate', '--json', '--encoding', 'vni', 'fixtures/nam-chinh-2022-tcvn3.csv']);
    expect(JSON.parse(forced.stdout).files[0].encoding).toBe('vni');
    expect(JSON.parse(cnscd(['validate', '--json', 'fixtures/nam-chinh-2022-tcvn3.csv']).stdout).files[0].encoding).toBe('tcvn3');
  });

  it('colours only when asked and NO_COLOR is not set', () => {
    expect(cnscd(['validate', 'fixtures/tu-ky-6-thang-2023.csv'], { FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[/);
    expect(cnscd(['validate', 'fixtures/tu-ky-6-thang-2023.csv'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
  });

  it('on a folder of many files, lists the files with problems, errors first, stops at 50, and counts the rest', () => {
    const dir = join(tempDir('cnscd-many-'), 'xa');
    // 20 clean forms (each lacks some indicators, as forms of a shorter template do), a file that cannot be read,
    // one with a warning only, and 60 with an error each (a negative count).
    writeCorpus(dir, 20, 0.5);
    const form = (unit: string, value: string) =>
      `Đơn vị: ${unit}\nKỳ báo cáo: Năm 2025\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;${value}\n`;
    writeFileSync(join(dir, 'a-canh-bao.csv'), form('Xã Cảnh Báo', '12 buổi'));
    writeFileSync(join(dir, 'hong.xlsx'), 'PK\u0003\u0004 not a workbook');
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `loi-${String(i).padStart(2, '0')}.csv`), form(`Xã Lỗi ${i}`, '-5'));
    const r = cnscd(['validate', dir]);
    expect(r.code).toBe(2); // a file could not be read
    const listed = [...r.stdout.matchAll(/^(\S+\.(?:csv|xlsx))(?: · |$)/gm)].map((m) => m[1]!.split('/').pop());
    expect(listed).toHaveLength(50);
    // The unreadable file and the files with errors, in file order, before the warning-only one, which is left out.
    expect(listed.slice(0, 2)).toEqual(['hong.xlsx', 'loi-00.csv']);
    expect(listed.every((f) => f === 'hong.xlsx' || f!.startsWith('loi-'))).toBe(true);
    expect(r.stdout).toContain('… và 12 tệp khác có sai sót (11 tệp có lỗi): danh sách đầy đủ với --json.');
    expect(r.stdout).toMatch(/81 tệp không có một số chỉ tiêu \(coi là chưa báo cáo\)/);
    expect(r.stdout).toContain('82 tệp: 21 hợp lệ, 61 cần sửa');
    expect(r.stdout).not.toContain('xa-00001'); // clean files are counted, not listed
    expect(r.stdout).not.toContain('indicators-absent'); // said once for all, not in each file listed
    const block = r.stdout.slice(r.stdout.indexOf('loi-00.csv · Xã Lỗi 0 · năm 2025'), r.stdout.indexOf('loi-01.csv'));
    expect(block).toContain('dòng 5, cột 4');
    expect(block).toContain('value-negative');
    expect(block).toMatch(/✖ 1 lỗi\n/);
    expect(block).not.toContain('cảnh báo');
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const en = cnscd(['validate', dir, '--lang', 'en']);
    expect(en.stdout).toContain('… and 12 more files with problems (11 with errors): all of them with --json.');
    expect(en.stdout).toContain('82 files: 21 valid, 61 to fix');
    // --json keeps every file and every finding.
    const doc = JSON.parse(cnscd(['validate', '--json', dir]).stdout);
    expect(doc.files).toHaveLength(82);
  });

  it('never modifies its inputs', () => {
    const before = readFileSync('fixtures/tu-ky-6-thang-2023.xlsx');
    cnscd(['validate', 'fixtures/tu-ky-6-thang-2023.xlsx']);
    expect(readFileSync('fixtures/tu-ky-6-thang-2023.xlsx').equals(before)).toBe(true);
  });
});

describe('cnscd --help', () => {
  it('serves exactly what commander renders, for every command, in both languages', () => {
    for (const lang of ['vi', 'en']) {
      for (const cmd of ['', 'validate', 'aggregate', 'template', 'init', 'schema']) {
        const args = [...(cmd ? [cmd] : []), '--help', '--lang', lang];
        const cached = cnscd(args);
        expect(cached.stdout, args.join(' ')).toBe(cnscd(args, { CNSCD_NO_HELP_CACHE: '1' }).stdout);
        expect(cached.stdout.length).toBeGreaterThan(100);
      }
    }
    expect(cnscd(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('is Vietnamese throughout in Vietnamese: no [options], <files...> or "files" in the help or the errors', () => {
    const english =
      /\[options\]|\[command\]|<(files|dir|file|lang|format|name|period|number|date|place|level|path|code)(\.\.\.)?>|\b(files|Usage|Options|Arguments|Commands)\b/;
    for (const cmd of ['', 'validate', 'aggregate', 'template', 'init', 'schema']) {
      const help = cnscd([...(cmd ? [cmd] : []), '--help']).stdout;
      expect(help.match(english)?.[0] ?? null, cmd || 'cnscd').toBeNull();
    }
    expect(cnscd(['validate', '--help']).stdout).toContain('Cách dùng: cnscd validate [tuỳ-chọn] <tệp...>');
    expect(cnscd(['validate']).stderr).toBe('cnscd: thiếu tham số tệp\nXem: cnscd --help\n');
    // English help keeps its own words.
    expect(cnscd(['validate', '--help', '--lang', 'en']).stdout).toContain('Usage: cnscd validate [options] <files...>');
  });

  it('answers without loading exceljs, docx, zod or csv-parse', () => {
    // Served from the texts rendered at build time: nothing but the bin itself loads.
    for (const args of [['--help'], ['aggregate', '--help'], ['validate', '-h', '--lang', 'en']]) {
      const { loaded, ...r } = cnscdTraced(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^(Cách dùng|Usage): cnscd/);
      expect(loaded, args.join(' ')).not.toContain('/dist/');
      expect(loaded).not.toContain('/node_modules/');
    }
    // Rendered by commander (a terminal of another width, or no cache): still none of the heavy modules.
    for (const args of [['--help'], ['aggregate', '--help']]) {
      const { loaded, ...r } = cnscdTraced(args, { CNSCD_NO_HELP_CACHE: '1' });
      expect(r.code).toBe(0);
      expect(loaded).toContain('commander');
      for (const heavy of ['exceljs', 'docx', 'jszip', 'zod', 'csv-parse', 'iconv-lite', 'fflate', 'saxes'])
        expect(loaded, `${args.join(' ')}: ${heavy}`).not.toContain(`/node_modules/${heavy}/`);
    }
  });
});
