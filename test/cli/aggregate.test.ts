import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { copyDistricts, DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('cnscd aggregate', () => {
  it('writes the report, the workbook and the JSON, and prints the totals and who reported', () => {
    const out = tempDir();
    const r = cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['bao-cao.docx', 'kiem-tra.docx', 'tong-hop.json', 'tong-hop.xlsx']);
    expect(r.stdout).toMatch(/Số người dân được hướng dẫn\s+316\.105\s+12\/12/);
    expect(r.stdout).toMatch(/Số sản phẩm OCOP của địa phương\s+162\s+10\/12/);
    expect(r.stdout).toContain('Đã báo cáo: 12/12 đơn vị');
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour when not on a terminal
    const json = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.period).toBe('2023-H1');
    expect(json.totals.so_nguoi_dan_duoc_huong_dan).toMatchObject({ value: 316105, reported: 12, of: 12 });
    expect(json.totals.so_diem_wifi).toMatchObject({ value: null, reported: 0 });
    expect(json.missing).toEqual([]);
    expect(json.units).toHaveLength(12);
    expect(json.files).toHaveLength(12);
    expect(json.files[0]).toMatchObject({ path: 'BC Thanh Mien 6T 2023.xlsx', status: 'counted' });
    expect(json.files.every((f: { sha256: string; path: string }) => f.sha256 === sha(join(DISTRICTS, f.path)))).toBe(true);
  });

  it('gives byte-identical outputs for identical input, whatever the clock says', () => {
    const a = tempDir();
    const b = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', a]).code).toBe(0);
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', b], { TZ: 'Asia/Ho_Chi_Minh' }).code).toBe(0);
    for (const name of ['bao-cao.docx', 'kiem-tra.docx', 'tong-hop.xlsx', 'tong-hop.json']) expect(sha(join(a, name)), name).toBe(sha(join(b, name)));
  });

  it('gives the same bytes wherever the folder is and however it is named, a copy and a conflict among its files', async () => {
    // Two copies of one folder, each with a unit sent twice (identical) and one sent twice (different figures):
    // their findings name the other files, and must name them as the outputs do, from the folder.
    const copies = [copyDistricts(), copyDistricts()];
    // The edited workbook is written once and copied: exceljs stamps its zip entries with the clock (to 2 seconds),
    // so two writes a moment apart can differ in their bytes, and with them the sha256 in the outputs.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(copies[0]!, 'kinh-mon.xlsx'));
    wb.getWorksheet('Số liệu')!.getCell('D4').value = 7000;
    await wb.xlsx.writeFile(join(copies[0]!, 'kinh-mon-sua.xlsx'));
    copyFileSync(join(copies[0]!, 'kinh-mon-sua.xlsx'), join(copies[1]!, 'kinh-mon-sua.xlsx'));
    for (const dir of copies) copyFileSync(join(dir, 'nam-sach.xlsx'), join(dir, 'nam-sach (1).xlsx'));
    const [a, b] = [tempDir(), tempDir()];
    // One given by its full path, the other from its parent folder as `./bao-cao`.
    expect(cnscd(['aggregate', copies[0]!, '--roster', ROSTER, '--out', a]).code).toBe(1);
    expect(cnscd(['aggregate', './bao-cao', '--roster', ROSTER, '--out', b], {}, [], dirname(copies[1]!)).code).toBe(1);
    for (const name of ['bao-cao.docx', 'kiem-tra.docx', 'tong-hop.xlsx', 'tong-hop.json']) expect(sha(join(a, name)), name).toBe(sha(join(b, name)));
    const json = readFileSync(join(a, 'tong-hop.json'), 'utf8');
    // The original is counted; its copy (“(1)”) is the repeat.
    expect(json).toContain('trùng hoàn toàn với tệp “nam-sach.xlsx”');
    expect(json).toContain('(“kinh-mon-sua.xlsx”, “kinh-mon.xlsx”), khác ở: “');
  });

  it('prints one JSON document with --json, in English with --lang en', () => {
    const r = cnscd(['aggregate', DISTRICTS, '--out', tempDir(), '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.totals.so_tai_khoan_vneid.value).toBe(564808);
    expect(doc.roster).toBeNull();
    expect(doc.findings.find((f: { code: string }) => f.code === 'value-empty').message).toMatch(/^.*empty cell — taken as not reported/);
  });

  it('exits 1 on errors but still writes the reports; --strict writes nothing', async () => {
    const dir = copyDistricts();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kinh-mon.xlsx'));
    wb.getWorksheet('Số liệu')!.getCell('D4').value = 'khoảng 6 nghìn';
    await wb.xlsx.writeFile(join(dir, 'kinh-mon.xlsx'));
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chưa tổng hợp (còn lỗi): Thị xã Kinh Môn.');
    expect(r.stdout).toMatch(/Số liệu!D4\s+lỗi/);
    expect(existsSync(join(out, 'bao-cao.docx'))).toBe(true);
    const strictOut = join(tempDir(), 'ket-qua');
    const s = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', strictOut, '--strict']);
    expect(s.code).toBe(1);
    expect(existsSync(strictOut)).toBe(false);
    expect(s.stdout).toContain('Chưa ghi báo cáo vì còn lỗi (--strict).');
  });

  it('never writes inside the submissions folder unless asked, and skips its own earlier outputs', () => {
    const dir = copyDistricts();
    const r = cnscd(['aggregate', '.', '--roster', ROSTER], {}, [], dir);
    expect(r.code).toBe(0);
    const beside = `${dir}-cnscd-out`;
    expect(existsSync(join(beside, 'tong-hop.xlsx'))).toBe(true);
    expect(readdirSync(dir)).not.toContain('cnscd-out');
    // Outputs copied into the folder are recognised by what they hold, even renamed, and not counted.
    writeFileSync(join(dir, 'ket qua thang truoc.xlsx'), readFileSync(join(beside, 'tong-hop.xlsx')));
    writeFileSync(join(dir, 'so lieu.json'), readFileSync(join(beside, 'tong-hop.json')));
    const again = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', tempDir(), '--json']);
    const doc = JSON.parse(again.stdout);
    expect(doc.totals.so_nguoi_dan_duoc_huong_dan.value).toBe(316105);
    expect(doc.skipped).toEqual(
      expect.arrayContaining([
        { path: 'ket qua thang truoc.xlsx', reason: 'earlier-output' },
        { path: 'so lieu.json', reason: 'earlier-output' },
      ]),
    );
  });

  it('never modifies its inputs', () => {
    const dir = copyDistricts();
    const before = readdirSync(dir).map((n) => [n, sha(join(dir, n)), statSync(join(dir, n)).mtimeMs]);
    cnscd(['aggregate', dir, '--out', tempDir()]);
    expect(readdirSync(dir).map((n) => [n, sha(join(dir, n)), statSync(join(dir, n)).mtimeMs])).toEqual(before);
  });

  it('exits 2 with a clear message on unusable input, listing every problem of a settings file', () => {
    const missing = cnscd(['aggregate', 'khong-co-thu-muc']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không tìm thấy thư mục khong-co-thu-muc');
    const empty = cnscd(['aggregate', tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('không có báo cáo nào');
    const config = join(tempDir(), 'cnscd.config.json');
    writeFileSync(config, JSON.stringify({ ngay: '31/02/2023', soVanBan: 'năm', nguoiKy: { chucDanh: 'GIÁM ĐỐC' }, thuaKey: 1 }));
    const bad = cnscd(['aggregate', DISTRICTS, '--config', config, '--out', tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ngay: ngày không hợp lệ');
    expect(bad.stderr).toContain('soVanBan');
    expect(bad.stderr).toContain('nguoiKy.chucDanh');
    expect(bad.stderr).toContain('thuaKey');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const badDate = cnscd(['aggregate', DISTRICTS, '--date', '2023-13-01', '--out', tempDir()]);
    expect(badDate.code).toBe(2);
  });

  it('says so when a settings file is not there or is a folder, and when it is given one file rather than a folder', () => {
    const dir = tempDir();
    for (const option of ['--roster', '--config', '--wording', '--previous', '--schema']) {
      const r = cnscd(['aggregate', DISTRICTS, option, join(dir, 'khong-co.json'), '--out', tempDir()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`cnscd: không tìm thấy ${join(dir, 'khong-co.json')}. Kiểm tra lại tên và đường dẫn\n`);
    }
    const csv = cnscd(['--lang', 'en', 'aggregate', DISTRICTS, '--roster', join(dir, 'don-vi.csv'), '--out', tempDir()]);
    expect(csv.stderr).toBe(`cnscd: ${join(dir, 'don-vi.csv')} not found. Check the name and the path\n`);
    const folder = cnscd(['aggregate', DISTRICTS, '--config', dir, '--out', tempDir()]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`cnscd: ${dir} là một thư mục; ở đây cần một tệp\n`);
    const form = join(DISTRICTS, 'nam-sach.xlsx');
    const one = cnscd(['aggregate', form]);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(
      `cnscd: ${form} là một tệp, không phải thư mục. Lệnh aggregate tổng hợp mọi báo cáo trong một thư mục; để kiểm tra một tệp, chạy: cnscd validate "${form}"\n`,
    );
  });
});
