import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { SettingsError } from '../../src/model/settings-error.js';
import { RosterIndex } from '../../src/settings/roster.js';
import { loadRoster } from '../../src/node/load-settings.js';
import { ancestorAt } from '../../src/aggregate/levels.js';
import { aggregate, total } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** A commune's form as a CSV, with its unit code when given. */
function form(dir: string, file: string, unit: string, sessions: number, code?: string): void {
  const codeLine = code ? `Mã đơn vị: ${code}\n` : '';
  writeFileSync(
    join(dir, file),
    `Đơn vị: ${unit}\n${codeLine}Kỳ báo cáo: Năm 2025\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;${sessions}\n`,
  );
}

/** Three communes named Xã Tân Lập, in three provinces, and one Xã An Bình: a national roster's kind of names. */
function roster(dir: string): string {
  const path = join(dir, 'don-vi.json');
  writeFileSync(
    path,
    JSON.stringify({
      donVi: [
        { ma: '25111', ten: 'Xã Tân Lập', loai: 'xã', capTren: 'Tỉnh Phú Thọ' },
        { ma: '26222', ten: 'Xã Tân Lập', loai: 'xã', capTren: 'Tỉnh Bắc Ninh' },
        { ma: '27333', ten: 'Xã An Bình', loai: 'xã', capTren: 'Tỉnh Bắc Ninh' },
        { ma: '28444', ten: 'Xã Tân Lập', loai: 'xã', capTren: 'Tỉnh Thái Nguyên' },
      ],
    }),
  );
  return path;
}

function folder(): string {
  const dir = join(tempDir(), 'xa');
  mkdirSync(dir);
  form(dir, 'tan-lap-phu-tho.csv', 'Xã Tân Lập', 10, '25111');
  form(dir, 'tan-lap-bac-ninh.csv', 'xã tân lập', 20, '26222');
  form(dir, 'an-binh.csv', 'An Bình', 5);
  return dir;
}

describe('units of one name in different places (the country has many a Xã Tân Lập)', () => {
  it('are told apart by their code without a roster: both counted, each named with its code', async () => {
    const a = await aggregate(folder());
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 35, reported: 3 });
    expect(a.units.map((u) => u.name)).toEqual(['An Bình', 'Xã Tân Lập (mã 25111)', 'xã tân lập (mã 26222)']);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('without codes are still one unit with two differing reports, neither counted', async () => {
    const dir = folder();
    form(dir, 'tan-lap-phu-tho.csv', 'Xã Tân Lập', 10);
    form(dir, 'tan-lap-bac-ninh.csv', 'Xã Tân Lập', 20);
    const a = await aggregate(dir);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 5, reported: 1 });
    const conflicts = a.findings.filter((f) => f.code === 'unit-conflict');
    expect(conflicts).toHaveLength(2);
    // The message says what to do either way: remove the wrong copy, or, for two units of one name, give their codes.
    expect(messageOf(conflicts[0]!, 'vi')).toMatch(
      /Chưa tính báo cáo nào; hãy giữ lại một bản đúng và xoá bản kia khỏi thư mục\. Nếu là hai đơn vị khác nhau cùng tên \(như hai xã cùng tên ở hai tỉnh\), ghi “Mã đơn vị” vào trang Thông tin của mỗi biểu\.$/,
    );
  });

  it('with a roster that gives each its code: counted by code, shown with their province, the one not sent named so', async () => {
    const dir = folder();
    const a = await aggregate(dir, { roster: roster(tempDir()) });
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 35, reported: 3 });
    expect(a.units.map((u) => [u.name, u.code])).toEqual([
      ['Xã Tân Lập (Tỉnh Phú Thọ)', '25111'],
      ['Xã Tân Lập (Tỉnh Bắc Ninh)', '26222'],
      ['Xã An Bình', '27333'],
    ]);
    expect(a.missing).toEqual([{ name: 'Xã Tân Lập (Tỉnh Thái Nguyên)', code: '28444' }]);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with a roster, a report of that name without a code is an error naming the units it may be, and is not counted', async () => {
    const dir = folder();
    form(dir, 'tan-lap-khong-ma.csv', 'Tân Lập', 7);
    const r = cnscd(['aggregate', dir, '--roster', roster(tempDir()), '--out', tempDir(), '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { totals: Record<string, { value: number }>; findings: { code: string; file: string; message: string }[] };
    expect(doc.totals.so_buoi_tap_huan!.value).toBe(35);
    const ambiguous = doc.findings.filter((f) => f.code === 'unit-ambiguous');
    expect(ambiguous.map((f) => [f.file, f.message])).toEqual([
      [
        'tan-lap-khong-ma.csv',
        'Danh sách đơn vị có 3 đơn vị tên “Tân Lập” (“Xã Tân Lập (Tỉnh Phú Thọ)”, “Xã Tân Lập (Tỉnh Bắc Ninh)” và “Xã Tân Lập (Tỉnh Thái Nguyên)”); báo cáo không ghi mã đơn vị nên chưa biết là đơn vị nào và chưa được tổng hợp. Ghi “Mã đơn vị” vào trang Thông tin của biểu (hoặc cột Mã đơn vị của bảng), theo mã trong danh sách, hoặc để biểu trong thư mục mang tên cấp trên của đơn vị (như “Tỉnh Phú Thọ”) và chạy với --recursive.',
      ],
    ]);
    // The name it is shown by finds the unit again (a later run's --previous, the levels above).
    const index = new RosterIndex(await loadRoster(roster(tempDir()), 'vi'));
    expect(index.match('Xã Tân Lập (Tỉnh Bắc Ninh)').unit?.ma).toBe('26222');
    expect(index.match('Xã Tân Lập').ambiguous).toHaveLength(3);
  });

  it('with a roster, a report of that name without a code is placed by the folder it is filed in, or the unit its table covers', async () => {
    // A ministry's folder, one sub-folder a province, however the folders are written; the forms give no code.
    const top = join(tempDir(), 'ca-nuoc');
    for (const sub of ['Tỉnh Phú Thọ', '02. bac-ninh', 'dot-2']) mkdirSync(join(top, sub), { recursive: true });
    form(join(top, 'Tỉnh Phú Thọ'), 'tan-lap.csv', 'Xã Tân Lập', 10);
    form(join(top, '02. bac-ninh'), 'tan-lap.csv', 'Tân Lập', 20);
    // A folder that names no place leaves the name as it was: which Tân Lập cannot be told.
    form(join(top, 'dot-2'), 'tan-lap.csv', 'Xã Tân Lập', 40);
    // Thái Nguyên's table of its communes, which says the unit it covers above the table.
    writeFileSync(
      join(top, 'thai-nguyen.csv'),
      'Đơn vị: Tỉnh Thái Nguyên\nKỳ báo cáo: Năm 2025\n\nSTT;Đơn vị;Số buổi hội nghị, tập huấn, hướng dẫn\n1;Xã Tân Lập;7\n',
    );
    const a = await aggregate(top, { roster: roster(tempDir()), recursive: true });
    expect(a.units.map((u) => [u.name, u.code])).toEqual([
      ['Xã Tân Lập (Tỉnh Phú Thọ)', '25111'],
      ['Xã Tân Lập (Tỉnh Bắc Ninh)', '26222'],
      ['Xã Tân Lập (Tỉnh Thái Nguyên)', '28444'],
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 37, reported: 3 });
    const ambiguous = a.findings.filter((f) => f.code === 'unit-ambiguous');
    expect(ambiguous.map((f) => f.file.slice(top.length + 1))).toEqual(['dot-2/tan-lap.csv']);
    // Without the sub-folders, the same forms are as before: the name alone cannot place them.
    const flat = join(tempDir(), 'phang');
    mkdirSync(flat);
    form(flat, 'tan-lap-1.csv', 'Xã Tân Lập', 10);
    form(flat, 'tan-lap-2.csv', 'Tân Lập', 20);
    const b = await aggregate(flat, { roster: roster(tempDir()) });
    expect(b.units).toEqual([]);
    expect(b.findings.filter((f) => f.code === 'unit-ambiguous')).toHaveLength(2);
  });

  it('in a roster, need a code each; one code given twice is refused', async () => {
    const dir = tempDir();
    const noCodes = join(dir, 'khong-ma.json');
    writeFileSync(
      noCodes,
      JSON.stringify({
        donVi: [
          { ten: 'Xã Tân Lập', capTren: 'Tỉnh Phú Thọ' },
          { ten: 'Xã Tân Lập', capTren: 'Tỉnh Bắc Ninh' },
        ],
      }),
    );
    const e1 = (await loadRoster(noCodes, 'vi').catch((e: unknown) => e)) as SettingsError;
    expect(e1).toBeInstanceOf(SettingsError);
    expect(e1.problems).toEqual([
      'donVi[1]: "Xã Tân Lập" trùng với "Xã Tân Lập" (cùng tên khi bỏ Huyện/TP/TX…); nếu là hai đơn vị khác nhau, ghi mã đơn vị (Mã) cho cả hai',
    ]);
    const sameCode = join(dir, 'trung-ma.json');
    writeFileSync(
      sameCode,
      JSON.stringify({
        donVi: [
          { ma: '1', ten: 'Xã Tân Lập' },
          { ma: '1', ten: 'Xã An Bình' },
        ],
      }),
    );
    const e2 = (await loadRoster(sameCode, 'vi').catch((e: unknown) => e)) as SettingsError;
    expect(e2.problems).toEqual(['donVi[1]: mã "1" của "Xã An Bình" trùng với mã của "Xã Tân Lập"']);
  });

  it('are told apart by the Mã đơn vị of the form cnscd template makes, filled in Excel', async () => {
    const made = join(tempDir(), 'bieu-mau.xlsx');
    expect(cnscd(['template', '--out', made]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(made);
    const info = wb.getWorksheet('Thông tin')!;
    expect(info.getCell('A7').value).toBe('Mã đơn vị');
    info.getCell('B2').value = 'Xã Tân Lập';
    info.getCell('B3').value = 'Năm 2025';
    info.getCell('B7').value = '26222';
    const data = wb.getWorksheet('Số liệu')!;
    const row = [...Array(data.rowCount).keys()].map((i) => i + 1).find((r) => data.getCell(r, 2).value === 'so_buoi_tap_huan')!;
    data.getCell(row, 5).value = 12;
    const dir = join(tempDir(), 'xa');
    mkdirSync(dir);
    await wb.xlsx.writeFile(join(dir, 'tan-lap.xlsx'));
    const a = await aggregate(dir, { roster: roster(tempDir()) });
    expect(a.units.map((u) => [u.name, u.code])).toEqual([['Xã Tân Lập (Tỉnh Bắc Ninh)', '26222']]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 12, reported: 1 });
  });

  it('as parents (ten Huyện Châu Thành): a capTren gives the code, the districts are shown with their province, and groups stay apart', async () => {
    const dir = tempDir();
    const units = [
      { ma: '80', ten: 'Tỉnh Tiền Giang', loai: 'tỉnh' },
      { ma: '83', ten: 'Tỉnh Bến Tre', loai: 'tỉnh' },
      { ma: '100', ten: 'Huyện Châu Thành', loai: 'huyện', capTren: 'Tỉnh Tiền Giang' },
      { ma: '200', ten: 'Huyện Châu Thành', loai: 'huyện', capTren: 'Tỉnh Bến Tre' },
      { ma: '1001', ten: 'Xã An Hiệp', loai: 'xã', capTren: '100' },
      { ma: '1002', ten: 'Xã Tân Hương', loai: 'xã', capTren: '100' },
      { ma: '2001', ten: 'Xã An Hiệp', loai: 'xã', capTren: '200' },
    ];
    const path = join(dir, 'don-vi.json');
    writeFileSync(path, JSON.stringify({ donVi: units }));
    const index = new RosterIndex(await loadRoster(path, 'vi'));
    expect(index.reporting.map((u) => index.nameOf(u))).toEqual(['Xã An Hiệp (mã 1001)', 'Xã Tân Hương', 'Xã An Hiệp (mã 2001)']);
    expect(ancestorAt('Xã An Hiệp (mã 2001)', 'huyen', index)).toEqual({ name: 'Huyện Châu Thành (Tỉnh Bến Tre)', code: '200' });
    expect(ancestorAt('Xã An Hiệp (mã 2001)', 'tinh', index)).toEqual({ name: 'Tỉnh Bến Tre', code: '83' });
    expect(ancestorAt('Xã Tân Hương', 'huyen', index)).toEqual({ name: 'Huyện Châu Thành (Tỉnh Tiền Giang)', code: '100' });

    const forms = join(tempDir(), 'xa');
    mkdirSync(forms);
    form(forms, 'an-hiep-tg.csv', 'Xã An Hiệp', 3, '1001');
    form(forms, 'tan-huong.csv', 'Xã Tân Hương', 4, '1002');
    form(forms, 'an-hiep-bt.csv', 'Xã An Hiệp', 5, '2001');
    const a = await aggregate(forms, { roster: index, by: 'huyen' });
    expect(a.grouping?.groups.map((g) => [g.name, g.units])).toEqual([
      ['Huyện Châu Thành (Tỉnh Tiền Giang)', ['Xã An Hiệp (mã 1001)', 'Xã Tân Hương']],
      ['Huyện Châu Thành (Tỉnh Bến Tre)', ['Xã An Hiệp (mã 2001)']],
    ]);

    // A capTren that only names one of them is refused, saying to give the code.
    const byName = join(dir, 'theo-ten.json');
    writeFileSync(byName, JSON.stringify({ donVi: [...units.slice(0, 4), { ma: '1003', ten: 'Xã Phú Phong', loai: 'xã', capTren: 'Huyện Châu Thành' }] }));
    const e = (await loadRoster(byName, 'vi').catch((x: unknown) => x)) as SettingsError;
    expect(e.problems).toEqual([
      'donVi[4]: cấp trên "Huyện Châu Thành" của "Xã Phú Phong" là tên của 2 đơn vị trong danh sách; ghi mã của đơn vị cấp trên vào cột Cấp trên',
    ]);
  });

  it('are matched by codes with their leading zeros, or without them as Excel keeps a number; cnscd template --code writes the code as text', async () => {
    const dir = tempDir();
    const path = join(dir, 'don-vi.json');
    writeFileSync(
      path,
      JSON.stringify({
        donVi: [
          { ma: '00004', ten: 'Xã Tân Lập', capTren: 'Tỉnh Phú Thọ' },
          { ma: '00005', ten: 'Xã Tân Lập', capTren: 'Tỉnh Bắc Ninh' },
        ],
      }),
    );
    const forms = join(tempDir(), 'xa');
    mkdirSync(forms);
    for (const [file, code, sessions] of [
      ['phu-tho.xlsx', 4, 3],
      ['bac-ninh.xlsx', '00005', 8],
    ] as const) {
      const made = join(tempDir(), 'bieu-mau.xlsx');
      expect(cnscd(['template', '--unit', 'Xã Tân Lập', ...(typeof code === 'string' ? ['--code', code] : []), '--out', made]).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(made);
      const info = wb.getWorksheet('Thông tin')!;
      expect(info.getCell('B7').numFmt).toBe('@');
      if (typeof code === 'string') expect(info.getCell('B7').value).toBe(code);
      // As a clerk who types 4 where the cell was not text: a number.
      else info.getCell('B7').value = code;
      info.getCell('B3').value = 'Năm 2025';
      const data = wb.getWorksheet('Số liệu')!;
      const row = [...Array(data.rowCount).keys()].map((i) => i + 1).find((r) => data.getCell(r, 2).value === 'so_buoi_tap_huan')!;
      data.getCell(row, 5).value = sessions;
      await wb.xlsx.writeFile(join(forms, file));
    }
    const a = await aggregate(forms, { roster: path });
    expect(a.units.map((u) => [u.name, u.code])).toEqual([
      ['Xã Tân Lập (Tỉnh Phú Thọ)', '00004'],
      ['Xã Tân Lập (Tỉnh Bắc Ninh)', '00005'],
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 11, reported: 2 });
    // Without a roster, 4 and 00004 are one code: two reports of it are one unit's.
    form(forms, 'phu-tho-lai.csv', 'Xã Tân Lập', 3, '00004');
    const b = await aggregate(forms);
    expect(b.findings.filter((f) => f.code === 'unit-repeated')).toHaveLength(1);
    expect(total(b, 'so_buoi_tap_huan')).toEqual({ value: 11, reported: 2 });
  });

  it('keep their own figures across periods: --previous finds each by its code, not the first of the name', async () => {
    const rosterFile = roster(tempDir());
    const periods = ['Năm 2024', 'Năm 2025'].map((period, i) => {
      const dir = join(tempDir(), `ky-${i}`);
      mkdirSync(dir);
      const sessions = i === 0 ? [10, 20] : [12, 15];
      for (const [j, code] of ['25111', '26222'].entries()) {
        writeFileSync(
          join(dir, `${code}.csv`),
          `Đơn vị: Xã Tân Lập\nMã đơn vị: ${code}\nKỳ báo cáo: ${period}\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;${sessions[j]}\n`,
        );
      }
      return dir;
    });
    const before = tempDir();
    expect(cnscd(['aggregate', periods[0]!, '--roster', rosterFile, '--out', before]).code).toBe(0);
    const r = cnscd(['aggregate', periods[1]!, '--roster', rosterFile, '--previous', before, '--out', tempDir(), '--json']);
    const doc = JSON.parse(r.stdout) as { previous: { newUnits: string[] }; comparison?: unknown; units: { name: string }[] };
    expect(doc.previous.newUnits).toEqual([]);
    expect(doc.units.map((u) => u.name)).toEqual(['Xã Tân Lập (Tỉnh Phú Thọ)', 'Xã Tân Lập (Tỉnh Bắc Ninh)']);
    const out = tempDir();
    const text = cnscd(['aggregate', periods[1]!, '--roster', rosterFile, '--previous', before, '--out', out]).stdout;
    expect(text).toMatch(/Số buổi hội nghị, tập huấn, hướng dẫn +27 +2\/2 +−3 \(−10,0%\)/);
    // Each commune's change in the report's appendix: 10 → 12 in Phú Thọ, 20 → 15 in Bắc Ninh.
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' '));
    expect(rows).toContain('1 Xã Tân Lập (Tỉnh Phú Thọ) 12 +2 (+20,0%)');
    expect(rows).toContain('2 Xã Tân Lập (Tỉnh Bắc Ninh) 15 −5 (−25,0%)');
  });
});
