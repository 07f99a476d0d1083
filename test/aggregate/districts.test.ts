import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregate, copyDistricts, DISTRICTS, ROSTER, total } from '../support/aggregate.js';
import { ROOT } from '../support/cli.js';

// Seed 003: the appendix's rows add up to what its prose says (316.105 citizens guided, 198.353 DVCTT, 564.808
// VNeID, 111 OCOP products on e-commerce), not to its hand-typed "Tổng" row (308.760, 187.889, 559.591, 98).
describe('aggregate: seed 003, twelve districts sent as separate files', () => {
  it('adds every district up to the unit, each total with the number of units that gave it', async () => {
    const a = await aggregate(DISTRICTS, { roster: ROSTER });
    expect(a.units).toHaveLength(12);
    expect(a.period?.key).toBe('2023-H1');
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 522, reported: 12 });
    expect(total(a, 'so_thanh_vien_duoc_tap_huan')).toEqual({ value: 5019, reported: 12 });
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 316105, reported: 12 });
    expect(total(a, 'so_tai_khoan_dvctt')).toEqual({ value: 198353, reported: 12 });
    expect(total(a, 'so_tai_khoan_vneid')).toEqual({ value: 564808, reported: 12 });
    // Nam Sách and Thành phố Hải Dương left OCOP empty: not reported, not 0.
    expect(total(a, 'so_san_pham_ocop')).toEqual({ value: 162, reported: 10 });
    expect(total(a, 'so_ocop_len_san')).toEqual({ value: 111, reported: 9 });
    expect(total(a, 'so_diem_wifi')).toEqual({ value: null, reported: 0 });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names every unit as the roster does, however the file wrote it', async () => {
    const a = await aggregate(DISTRICTS, { roster: ROSTER });
    const names = a.units.map((u) => u.name);
    expect(names).toContain('Huyện Thanh Miện'); // written "H. Thanh Miện"
    expect(names).toContain('Thành phố Hải Dương'); // written "TP. Hải Dương"
    expect(names).toContain('Thị xã Kinh Môn'); // written "TX Kinh Môn"
    expect(names).toContain('Huyện Tứ Kỳ'); // written "huyện Tứ kỳ"
    expect(a.units.find((u) => u.name === 'Huyện Tứ Kỳ')?.code).toBe('298');
    expect(a.missing).toEqual([]);
  });

  it('computes ratios from the sums of the units that gave both sides, never as an average of ratios', async () => {
    const a = await aggregate(DISTRICTS, { roster: ROSTER });
    const r = a.ratios.find((x) => x.id === 'ty-le-ocop-len-san')!;
    // Units with both OCOP figures: all but Nam Sách, TP Hải Dương (no OCOP count), Kim Thành and Thanh Hà (none listed).
    expect(r.units).toBe(8);
    expect(r.numerator).toBe(9 + 5 + 7 + 9 + 23 + 20 + 2 + 13);
    expect(r.denominator).toBe(14 + 7 + 17 + 11 + 23 + 31 + 5 + 25);
    expect(r.value).toBeCloseTo(88 / 133, 10);
  });

  it('merges product lists with the units that listed each product, and gathers shortcomings by unit', async () => {
    const a = await aggregate(DISTRICTS, { roster: ROSTER });
    const ocop = a.products.find((p) => p.section === 'ds_ocop_len_san')!;
    expect(ocop.items.find((i) => i.name === 'Bánh gai Ninh Giang')?.units).toEqual(['Huyện Tứ Kỳ', 'Huyện Ninh Giang']);
    expect(a.notes.ton_tai_han_che?.map((n) => n.unit)).toEqual(['Thành phố Hải Dương', 'Huyện Tứ Kỳ', 'Huyện Ninh Giang']);
  });

  it('says who has not reported, and suggests the closest roster name for a name it does not know', async () => {
    const dir = copyDistricts();
    rmSync(join(dir, 'kinh-mon.xlsx'));
    rmSync(join(dir, 'chi-linh.txt'));
    const wb = new ExcelJS.Workbook();
    const info = wb.addWorksheet('Thông tin');
    info.addRows([
      ['Đơn vị', 'Huyện Thanh Hoà'],
      ['Kỳ báo cáo', '6 tháng đầu năm 2023'],
    ]);
    const ws = wb.addWorksheet('Số liệu');
    ws.addRows([
      ['STT', 'Nội dung', 'Số liệu'],
      ['1', 'Số người dân được hướng dẫn', 5],
    ]);
    rmSync(join(dir, 'thanh-ha.xlsx'));
    await wb.xlsx.writeFile(join(dir, 'thanh-ha-moi.xlsx'));
    const a = await aggregate(dir, { roster: ROSTER });
    expect(a.missing.map((m) => m.name)).toEqual(['Thành phố Chí Linh', 'Thị xã Kinh Môn', 'Huyện Thanh Hà']);
    const unknown = a.findings.find((f) => f.code === 'unit-unknown')!;
    expect(unknown.severity).toBe('error');
    expect(unknown.params.suggestions).toContain('Huyện Thanh Hà');
    expect(unknown.location).toEqual({ sheet: 'Thông tin', cell: 'B1' });
    expect(a.units).toHaveLength(9);
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan').value).toBe(316105 - 6320 - 50644 - 1025);
  });
});

describe('aggregate: a messy shared folder', () => {
  it('counts only real submissions, once each, and names everything it skipped and why', async () => {
    const dir = copyDistricts();
    writeFileSync(join(dir, '~$ninh-giang.xlsx'), Buffer.from([0x0b, 0x00, 0x4e, 0x00]));
    writeFileSync(join(dir, '.~lock.cam-giang.csv#'), 'lock');
    writeFileSync(join(dir, '.DS_Store'), Buffer.alloc(16));
    writeFileSync(join(dir, 'Thumbs.db'), Buffer.alloc(16));
    // A cover letter in Word (no table of figures), and a document Word cannot have written.
    copyFileSync(join(ROOT, 'fixtures', 'word', 'cong-van.docx'), join(dir, 'Cong van 123.docx'));
    writeFileSync(join(dir, 'Quyet dinh.doc'), 'not really');
    writeFileSync(join(dir, 'Bao cao tinh.pdf'), '%PDF-1.7');
    mkdirSync(join(dir, 'cu'));
    copyFileSync(join(dir, 'ninh-giang.xlsx'), join(dir, 'cu', 'ninh-giang.xlsx'));
    // An identical copy saved under another name is counted once, with a warning.
    copyFileSync(join(dir, 'nam-sach.xlsx'), join(dir, 'nam-sach (1).xlsx'));
    const a = await aggregate(dir, { roster: ROSTER });
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 316105, reported: 12 });
    const skipped = Object.fromEntries(a.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason]));
    expect(skipped).toEqual({
      '.DS_Store': 'system-file',
      '.~lock.cam-giang.csv#': 'lock-file',
      'Bao cao tinh.pdf': 'document',
      'Cong van 123.docx': 'document-no-table',
      'Quyet dinh.doc': 'document',
      'Thumbs.db': 'system-file',
      'cnscd.config.json': 'settings',
      'noi-dung-bao-cao.md': 'settings',
      cu: 'folder',
      '~$ninh-giang.xlsx': 'lock-file',
    });
    const repeated = a.findings.filter((f) => f.code === 'unit-repeated');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]!.severity).toBe('warning');
    // Of the two identical copies the original is counted, and the copy ("(1)") named as the repeat; the original is
    // named from the folder, as the outputs name files, not by the path the folder was given as.
    expect([repeated[0]!.file.slice(dir.length + 1), repeated[0]!.params.other]).toEqual(['nam-sach (1).xlsx', 'nam-sach.xlsx']);
  });

  it('keeps two different reports for one unit out of the totals until the person chooses', async () => {
    const dir = copyDistricts();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kinh-mon.xlsx'));
    wb.getWorksheet('Số liệu')!.getCell('D4').value = 7000; // Kinh Môn guided 7.000, not 6.320
    await wb.xlsx.writeFile(join(dir, 'kinh-mon-sua.xlsx'));
    const a = await aggregate(dir, { roster: ROSTER });
    const conflicts = a.findings.filter((f) => f.code === 'unit-conflict');
    expect(conflicts.map((f) => f.file.slice(dir.length + 1))).toEqual(['kinh-mon-sua.xlsx', 'kinh-mon.xlsx']);
    expect(conflicts[0]!.params.differ).toEqual(['so_nguoi_dan_duoc_huong_dan']);
    expect(conflicts.map((f) => f.params.files)).toEqual([
      ['kinh-mon-sua.xlsx', 'kinh-mon.xlsx'],
      ['kinh-mon-sua.xlsx', 'kinh-mon.xlsx'],
    ]);
    expect(conflicts.every((f) => f.severity === 'error')).toBe(true);
    expect(a.units.map((u) => u.name)).not.toContain('Thị xã Kinh Môn');
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 316105 - 6320, reported: 11 });
    expect(a.notCounted.map((n) => n.reason)).toEqual(['conflict', 'conflict']);
    expect(a.missing).toEqual([]);
  });

  it('leaves out a submission with errors, and one of another period, naming each', async () => {
    const dir = copyDistricts();
    // Gia Lộc's CSV gets a negative count; Bình Giang's file says it is for the whole year.
    const { encodeAs } = await import('../../src/read/encoding/decode.js');
    writeFileSync(
      join(dir, 'gia-loc-1258.csv'),
      encodeAs(
        'Đơn vị: Huyện Gia Lộc\r\nKỳ báo cáo: 6 tháng đầu năm 2023\r\n\r\nSTT,Nội dung,Đơn vị tính,Số liệu\r\n1,Số buổi hội nghị, tập huấn, hướng dẫn,Buổi,-19\r\n'.replace(
          'Số buổi hội nghị, tập huấn, hướng dẫn',
          '"Số buổi hội nghị, tập huấn, hướng dẫn"',
        ),
        'windows-1258',
      ),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kinh-mon.xlsx'));
    wb.getWorksheet('Thông tin')!.getCell('B3').value = 'Năm 2023';
    await wb.xlsx.writeFile(join(dir, 'kinh-mon.xlsx'));
    const a = await aggregate(dir, { roster: ROSTER });
    expect(a.period?.key).toBe('2023-H1');
    const differs = a.findings.find((f) => f.code === 'period-differs')!;
    expect(differs).toMatchObject({ severity: 'error', expected: '2023-H1', actual: '2023', location: { sheet: 'Thông tin', cell: 'B3' } });
    expect(a.findings.find((f) => f.code === 'value-negative')?.location).toEqual({ line: 5, column: 4, cell: 'D5' });
    expect(a.notCounted).toEqual([
      { name: 'Huyện Gia Lộc', file: join(dir, 'gia-loc-1258.csv'), reason: 'errors' },
      { name: 'Thị xã Kinh Môn', file: join(dir, 'kinh-mon.xlsx'), reason: 'period' },
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 522 - 19 - 0, reported: 10 });
  });

  it('with --period, a folder of another period is all left out', async () => {
    const { parsePeriod } = await import('../../src/interpret/period.js');
    const a = await aggregate(DISTRICTS, { roster: ROSTER, period: parsePeriod('Năm 2023')! });
    expect(a.units).toHaveLength(0);
    expect(a.findings.filter((f) => f.code === 'period-differs')).toHaveLength(12);
  });
});

describe('aggregate: a table-layout file (seed 003 appendix)', () => {
  it('counts one row per unit and checks the typed total row, never adding it', async () => {
    const dir = join(copyDistricts(), '..', 'phu-luc');
    mkdirSync(dir);
    cpSync(join(DISTRICTS, '..', 'hai-duong-phu-luc-2023.csv'), join(dir, 'phu-luc.csv'));
    const a = await aggregate(dir, { roster: ROSTER });
    expect(a.units).toHaveLength(12);
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 316105, reported: 12 });
    expect(total(a, 'so_ocop_len_san')).toEqual({ value: 111, reported: 9 });
    const mismatches = a.findings.filter((f) => f.code === 'total-mismatch').map((f) => f.indicator);
    expect(mismatches).toEqual(['so_nguoi_dan_duoc_huong_dan', 'so_tai_khoan_dvctt', 'so_tai_khoan_vneid', 'so_san_pham_ocop', 'so_ocop_len_san']);
    expect(a.findings.find((f) => f.code === 'period-assumed')).toBeUndefined(); // no period anywhere: nothing to assume
  });
});
