import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { BIN, cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** Hải Dương's twelve reports, in two groups of six. */
const REPORTS = readdirSync(DISTRICTS)
  .filter((f) => f !== 'cnscd.config.json' && f !== 'noi-dung-bao-cao.md')
  .sort();
const GROUPS: [string, string[]][] = [
  ['Nhóm 1', REPORTS.slice(0, 6)],
  ['Nhóm 2', REPORTS.slice(6)],
];

/** Each report's path from the top folder, a group after the other, each group's in the given order. */
const pathsIn = (order: (a: string, b: string) => number) => GROUPS.flatMap(([group, names]) => [...names].sort(order).map((n) => `${group}/${n}`));

/**
 * Hải Dương's twelve reports as a province might keep them: a folder for each half of its districts, the settings at
 * the top, a hidden folder (a sync tool's) holding a copy of one report. Returns the top folder.
 */
function foldered(): string {
  const top = tempDir('cnscd-tree-');
  for (const [group, names] of GROUPS) {
    mkdirSync(join(top, group));
    for (const f of names) cpSync(join(DISTRICTS, f), join(top, group, f));
  }
  cpSync(join(DISTRICTS, 'cnscd.config.json'), join(top, 'cnscd.config.json'));
  mkdirSync(join(top, '.sync'));
  cpSync(join(DISTRICTS, 'nam-sach.xlsx'), join(top, '.sync', 'nam-sach.xlsx'));
  return top;
}

describe('reports kept in sub-folders (one for each province or district)', () => {
  it('are not read without --recursive, and the message says how to read them', () => {
    const top = foldered();
    const r = cnscd(['aggregate', top, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `cnscd: thư mục ${top} không có báo cáo nào (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt); có 2 thư mục con — thêm --recursive để đọc cả báo cáo trong các thư mục con\n`,
    );
    const v = cnscd(['--lang', 'en', 'validate', top]);
    expect(v.code).toBe(2);
    expect(v.stderr).toBe(
      `cnscd: folder ${top} holds no report files (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt); it has 2 sub-folders: add --recursive to read the reports in sub-folders too\n`,
    );
    // With reports beside the sub-folders, the run goes on and names what it left.
    cpSync(join(DISTRICTS, 'Tu Ky.xlsx'), join(top, 'Tu Ky.xlsx'));
    const partial = cnscd(['aggregate', top, '--out', tempDir()]);
    expect(partial.code).toBe(0);
    expect(partial.stdout).toContain('Tổng hợp 1 đơn vị từ 1 tệp');
    expect(partial.stdout).toContain(
      '  .sync — tệp/thư mục ẩn\n  Nhóm 1 — thư mục con\n  Nhóm 2 — thư mục con\nBáo cáo trong các thư mục con chưa được đọc; thêm --recursive để đọc cả các\n  thư mục con.\n',
    );
  });

  it('are all added up with --recursive, as the same reports in one folder are, and named by their path', () => {
    const top = foldered();
    const out = tempDir();
    const r = cnscd(['aggregate', top, '--recursive', '--roster', ROSTER, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Số người dân được hướng dẫn\s+316\.105\s+12\/12/);
    expect(r.stdout).toContain('Đã báo cáo: 12/12 đơn vị');
    expect(r.stdout).toContain('  .sync — tệp/thư mục ẩn');
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    // In the order of their code points, as the outputs list files on every machine.
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(pathsIn((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(json.files.slice(0, 3).map((f: { path: string }) => f.path)).toEqual([
      'Nhóm 1/BC Thanh Mien 6T 2023.xlsx',
      'Nhóm 1/Tu Ky.xlsx',
      'Nhóm 1/binh-giang-vni.csv',
    ]);
    // The settings file the run used is named as such, not among the entries skipped.
    expect(json.skipped).toEqual([{ path: '.sync', reason: 'hidden' }]);
    expect(json.config).toEqual({ source: 'cnscd.config.json', unused: [] });
    // The same totals as the reports in one folder give.
    const flat = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', flat]).code).toBe(0);
    expect(json.totals).toEqual(JSON.parse(readFileSync(join(flat, 'tong-hop.json'), 'utf8')).totals);
  });

  it('leave out a sub-folder’s own earlier output, as one folder’s are left out', () => {
    const top = foldered();
    // Nhóm 1 was added up on its own before, and its outputs put beside its reports.
    expect(cnscd(['aggregate', join(top, 'Nhóm 1'), '--out', join(top, 'Nhóm 1', 'ket-qua')]).code).toBe(0);
    const out = tempDir();
    const r = cnscd(['aggregate', top, '-r', '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Số người dân được hướng dẫn\s+316\.105\s+12\/12/);
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.files).toHaveLength(12);
    expect(json.skipped).toEqual([
      { path: '.sync', reason: 'hidden' },
      // Read now (a Word report may be a submission), and known by the program named in them as an earlier output.
      { path: 'Nhóm 1/ket-qua/bao-cao.docx', reason: 'earlier-output' },
      { path: 'Nhóm 1/ket-qua/kiem-tra.docx', reason: 'earlier-output' },
      { path: 'Nhóm 1/ket-qua/tong-hop.json', reason: 'earlier-output' },
      { path: 'Nhóm 1/ket-qua/tong-hop.xlsx', reason: 'earlier-output' },
    ]);
  });

  it('may sit beside thousands of other files (scans, signed reports): the terminal names 50, the outputs all', () => {
    const top = foldered();
    mkdirSync(join(top, 'Nhóm 2', 'Bản quét'));
    for (let i = 1; i <= 60; i++) writeFileSync(join(top, 'Nhóm 2', 'Bản quét', `bc-${String(i).padStart(2, '0')}.pdf`), '%PDF-1.4');
    const out = tempDir();
    const r = cnscd(['aggregate', top, '-r', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Bỏ qua 61 mục không phải báo cáo:\n  .sync — tệp/thư mục ẩn\n  Nhóm 2/Bản quét/bc-01.pdf — văn bản, không phải báo cáo số liệu\n',
    );
    expect(r.stdout).toContain(
      '  Nhóm 2/Bản quét/bc-49.pdf — văn bản, không phải báo cáo số liệu\n  … và 11 mục khác — danh sách đầy đủ ở trang “Nguồn” của tong-hop.xlsx, hoặc\n    --json.\n',
    );
    expect(r.stdout).not.toContain('bc-50.pdf');
    expect(JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8')).skipped).toHaveLength(61);
  });

  it('are each checked by validate --recursive', () => {
    const top = foldered();
    const r = cnscd(['validate', '-r', top, '--json']);
    const json = JSON.parse(r.stdout) as { files: { path: string }[] };
    // By code point, folder by folder: the one walker aggregate uses too (node/walk.ts), so both read the same files
    // in the same order.
    expect(json.files.map((f) => f.path.slice(top.length + 1))).toEqual(pathsIn((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(json.files.slice(0, 3).map((f) => f.path.slice(top.length + 1))).toEqual([
      'Nhóm 1/BC Thanh Mien 6T 2023.xlsx',
      'Nhóm 1/Tu Ky.xlsx',
      'Nhóm 1/binh-giang-vni.csv',
    ]);
    const out = tempDir();
    cnscd(['aggregate', '-r', top, '--out', out]);
    const summary = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8')) as { files: { path: string }[] };
    expect(json.files.map((f) => f.path.slice(top.length + 1))).toEqual(summary.files.map((f) => f.path));
  });
});

describe('names that are not UTF-8 (a .zip made on another computer, unpacked on Linux)', () => {
  /** The folder's path, as bytes, with `name` (bytes) added. */
  const raw = (dir: string, ...name: (string | number[])[]) =>
    Buffer.concat([Buffer.from(`${dir}/`), ...name.map((n) => (typeof n === 'string' ? Buffer.from(n) : Buffer.from(n)))]);

  it('name the file or sub-folder that cannot be opened, and what to do, rather than "not found" or a crash', () => {
    const top = foldered();
    // Copies named "Tô Kỳ.xlsx" and "Huyện A/…" as a Windows code page writes them: bytes that are not UTF-8.
    copyFileSync(join(DISTRICTS, 'Tu Ky.xlsx'), raw(join(top, 'Nhóm 1'), 'T', [0xf4], ' K', [0xfd], '.xlsx'));
    mkdirSync(raw(top, 'Huy', [0xea], 'n A'));
    copyFileSync(join(DISTRICTS, 'kinh-mon.xlsx'), raw(top, 'Huy', [0xea], 'n A/kinh-mon.xlsx'));
    const out = tempDir();
    const r = cnscd(['aggregate', top, '-r', '--out', out, '--roster', ROSTER]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    const unreadable = json.findings.filter((f: { code: string }) => f.code === 'file-name-unreadable');
    expect(unreadable.map((f: { file: string }) => f.file)).toEqual(['Huy\uFFFDn A', 'Nhóm 1/T\uFFFD K\uFFFD.xlsx']);
    expect(unreadable.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
    // The twelve reports are still counted, each once, from the two groups.
    expect(json.units).toHaveLength(12);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('tên tệp (hoặc thư mục) có ký tự không phải Unicode');
    expect(r.stdout).not.toContain('Không tìm thấy tệp');

    const v = cnscd(['validate', top, '-r', '--lang', 'en']);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(2);
    expect(v.stdout.match(/file-name-unreadable/g)).toHaveLength(2);
    expect(v.stdout).not.toContain('internal error');

    // The folder itself given by such a name, as a shell passes it: the bytes as they are.
    const given = spawnSync('sh', ['-c', `"$0" "$1" aggregate "$(printf 'Huy\\352n A')" --out "$2"`, process.execPath, BIN, tempDir()], {
      cwd: top,
      encoding: 'utf8',
    });
    expect(given.status).toBe(2);
    expect(given.stderr.replace(/\s+/g, ' ')).toContain('không mở được thư mục Huy\uFFFDn A: tên có ký tự không phải Unicode');
  });
});

describe('links in the folder (a CI job that links the submissions in, say)', () => {
  it('reads a link to a file as the file, never follows a link to a folder, and names a link that leads nowhere', () => {
    const top = tempDir('cnscd-links-');
    for (const f of REPORTS.slice(0, 11)) symlinkSync(join(DISTRICTS, f), join(top, f));
    const elsewhere = tempDir('cnscd-elsewhere-');
    cpSync(join(DISTRICTS, REPORTS[11]!), join(elsewhere, REPORTS[11]!));
    symlinkSync(elsewhere, join(top, 'kho'));
    symlinkSync(join(elsewhere, 'khong-con.xlsx'), join(top, 'da-xoa.xlsx'));
    for (const args of [[], ['-r']]) {
      const out = tempDir();
      const r = cnscd(['aggregate', top, ...args, '--out', out, '--roster', ROSTER]);
      expect(r.stderr).toBe('');
      const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
      expect(json.units).toHaveLength(11);
      expect(json.skipped).toEqual([{ path: 'kho', reason: 'folder-link' }]);
      expect(json.findings.filter((f: { code: string }) => f.code === 'file-not-found').map((f: { file: string }) => f.file)).toEqual(['da-xoa.xlsx']);
      expect(r.stdout).toContain('kho — liên kết tới thư mục (không đọc)');
      expect(r.stdout).not.toContain('--recursive');
    }
  });
});

describe('--by without a roster, the reports filed in a folder for each province', () => {
  it('groups the units under the folders they are filed in, in the folders’ order, with subtotals that add up', () => {
    // Hải Dương's twelve reports as two provinces' six, one province's in a folder of its own under a group folder.
    const top = tempDir('cnscd-by-folder-');
    const places = [join('10. Tỉnh B'), join('2. Tỉnh A', 'Nhóm 1')];
    GROUPS.forEach(([, names], i) => {
      mkdirSync(join(top, places[i]!), { recursive: true });
      for (const f of names) cpSync(join(DISTRICTS, f), join(top, places[i]!, f));
    });
    const run = (by: string) => {
      const out = tempDir();
      const r = cnscd(['aggregate', top, '-r', '--by', by, '--out', out]);
      expect(r.stderr).toBe('');
      return JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8')) as {
        totals: Record<string, { value: number | null }>;
        groups: { groups: { name: string; units: string[]; totals: Record<string, { value: number | null }> }[] };
        findings: { code: string }[];
      };
    };
    const byProvince = run('tinh');
    // "2." before "10.": numbers as numbers; the group folder between a province and its reports is passed over.
    expect(byProvince.groups.groups.map((g) => [g.name, g.units.length])).toEqual([
      ['2. Tỉnh A', 6],
      ['10. Tỉnh B', 6],
    ]);
    const guided = byProvince.groups.groups.map((g) => g.totals.so_nguoi_dan_duoc_huong_dan!.value!);
    expect(guided[0]! + guided[1]!).toBe(byProvince.totals.so_nguoi_dan_duoc_huong_dan!.value);
    expect(byProvince.findings.filter((f) => f.code === 'parent-unknown')).toEqual([]);
    // The nearest folder is the parent.
    expect(run('captren').groups.groups.map((g) => g.name)).toEqual(['10. Tỉnh B', 'Nhóm 1']);
  });
});
