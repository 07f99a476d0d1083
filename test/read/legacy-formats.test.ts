// Excel 97–2003 (.xls) and OpenDocument (.ods) workbooks (issue 26): Hải Dương's workbooks saved again by LibreOffice
// (fixtures/legacy/make-legacy.sh), held to the .xlsx they were saved from.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDistricts, ROSTER } from '../support/aggregate.js';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir, zipBomb } from '../support/files.js';

const LEGACY = join(ROOT, 'fixtures', 'legacy');
const SOURCES: Record<string, string> = {
  'tu-ky': join(ROOT, 'fixtures', 'hai-duong-2023', 'Tu Ky.xlsx'),
  'nam-sach': join(ROOT, 'fixtures', 'hai-duong-2023', 'nam-sach.xlsx'),
  'thanh-ha': join(ROOT, 'fixtures', 'hai-duong-2023', 'thanh-ha.xlsx'),
  'tp-hai-duong': join(ROOT, 'fixtures', 'hai-duong-2023', 'tp-hai-duong.xlsx'),
  'hai-duong-phu-luc-2023': join(ROOT, 'fixtures', 'hai-duong-phu-luc-2023.xlsx'),
};

/** What validate reads of a file, without where it is: the submission and the findings' codes and cells. */
function reading(path: string) {
  const f = JSON.parse(cnscd(['validate', path, '--json']).stdout).files[0];
  const values = (v: Record<string, { value: number | null; raw: string; status: string }>) =>
    Object.fromEntries(Object.entries(v ?? {}).map(([k, x]) => [k, [x.value, x.raw, x.status]]));
  return {
    layout: f.layout,
    unit: f.unit,
    period: f.period,
    reportDate: f.reportDate,
    values: values(f.values),
    units: (f.units ?? []).map((u: { name: string; values: Record<string, { value: number | null; raw: string; status: string }> }) => [
      u.name,
      values(u.values),
    ]),
    notes: JSON.parse(JSON.stringify(f.notes ?? null, (k, v) => (k === 'file' ? undefined : v))),
    findings: f.findings.map((x: { code: string; location: { sheet: string | null; cell: string | null } }) => [x.code, x.location.sheet, x.location.cell]),
  };
}

describe('.xls and .ods, as LibreOffice saves a workbook again', () => {
  for (const [name, xlsx] of Object.entries(SOURCES)) {
    it(`${name}: the same submission, values, notes and findings, cell by cell, as the .xlsx`, () => {
      const want = reading(xlsx);
      expect(want.layout).not.toBeNull();
      for (const ext of ['xls', 'ods']) expect(reading(join(LEGACY, `${name}.${ext}`)), ext).toEqual(want);
    });
  }

  it('reads a date cell as the day it shows, whatever the zone of the machine reading it', () => {
    // A report date typed as a date (not text), saved by LibreOffice: read in New York it was the day before.
    for (const TZ of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati']) {
      for (const ext of ['xls', 'ods']) {
        const f = JSON.parse(cnscd(['validate', join(LEGACY, `ngay-bao-cao.${ext}`), '--json'], { TZ }).stdout).files[0];
        expect([f.reportDate, f.unit], `${ext} in ${TZ}`).toEqual(['2023-07-20', 'Huyện Tứ Kỳ']);
      }
    }
  });

  it('adds them up with the workbooks as the same figures, and names their format', () => {
    const all = JSON.parse(cnscd(['aggregate', copyDistricts(), '--roster', ROSTER, '--out', tempDir(), '--json']).stdout);
    const dir = copyDistricts();
    rmSync(join(dir, 'Tu Ky.xlsx'));
    rmSync(join(dir, 'nam-sach.xlsx'));
    copyFileSync(join(LEGACY, 'tu-ky.xls'), join(dir, 'tu-ky.xls'));
    copyFileSync(join(LEGACY, 'nam-sach.ods'), join(dir, 'nam-sach.ods'));
    const json = JSON.parse(cnscd(['aggregate', dir, '--roster', ROSTER, '--out', tempDir(), '--json']).stdout);
    expect(json.totals).toEqual(all.totals);
    expect(
      json.files.filter((f: { format: string }) => f.format !== 'xlsx' && f.format !== 'csv').map((f: { path: string; format: string }) => [f.path, f.format]),
    ).toEqual([
      ['nam-sach.ods', 'ods'],
      ['tu-ky.xls', 'xls'],
    ]);
  });
});

describe('what web reporting systems save under .xls', () => {
  const figures = (path: string) => {
    const f = JSON.parse(cnscd(['validate', path, '--json']).stdout).files[0];
    return {
      format: f.format,
      unit: f.unit,
      period: f.period,
      values: Object.fromEntries(Object.entries(f.values ?? {}).map(([k, v]) => [k, (v as { value: number }).value])),
    };
  };
  const TU_KY = {
    so_buoi_tap_huan: 23,
    so_thanh_vien_duoc_tap_huan: 615,
    so_nguoi_dan_duoc_huong_dan: 17250,
    so_tai_khoan_dvctt: 15352,
    so_tai_khoan_vneid: 71994,
    so_san_pham_ocop: 11,
    so_ocop_len_san: 9,
  };

  it('an Excel 2003 XML spreadsheet, read as its .xlsx', () => {
    expect(figures(join(LEGACY, 'tu-ky-xml-2003.xls'))).toEqual({ format: 'xml2003', unit: 'huyện Tứ kỳ', period: '2023-H1', values: TU_KY });
  });

  it('a web page with the table: "17.250" read as seventeen thousand two hundred and fifty, never 17,25', () => {
    // LibreOffice's page of the whole workbook: the figures right; its info table is not a sheet named Thông tin, so
    // the unit and period are missing, and said so.
    expect(figures(join(LEGACY, 'tu-ky-trang-web.xls'))).toMatchObject({ format: 'html', values: TU_KY });
    // As a reporting system exports one report: a page, one table, the unit and period above it.
    const page =
      '<html><head><meta charset="utf-8"></head><body><table>' +
      '<tr><td colspan="3">Đơn vị: Huyện Tứ Kỳ</td></tr><tr><td colspan="3">Kỳ báo cáo: 6 tháng đầu năm 2023</td></tr>' +
      '<tr><th>STT</th><th>Nội dung</th><th>Số liệu</th></tr>' +
      '<tr><td>1</td><td>Số người dân được hướng dẫn</td><td>17.250</td></tr>' +
      '<tr><td>2</td><td>Số tài khoản VNeID được tạo</td><td>71.994</td></tr></table></body></html>';
    const path = join(tempDir(), 'xuat-excel.xls');
    writeFileSync(path, page);
    expect(figures(path)).toEqual({
      format: 'html',
      unit: 'Huyện Tứ Kỳ',
      period: '2023-H1',
      values: { so_nguoi_dan_duoc_huong_dan: 17250, so_tai_khoan_vneid: 71994 },
    });
  });
});

describe('hostile .xls and .ods files stay within bounds, said in words', () => {
  const dir = tempDir('cnscd-legacy-');
  const validated = (name: string) => {
    const r = cnscd(['validate', join(dir, name), '--json']);
    expect(r.stderr).toBe('');
    return { code: r.code, finding: JSON.parse(r.stdout).files[0].findings[0] };
  };

  it('a truncated .xls, and one whose sector chain loops back on itself', () => {
    const xls = readFileSync(join(LEGACY, 'tu-ky.xls'));
    writeFileSync(join(dir, 'cut.xls'), xls.subarray(0, 3000));
    // The Workbook stream's chain of sectors made to lead back to its start (FAT entry of its third sector).
    const loop = Buffer.from(xls);
    const fat = (loop.readInt32LE(0x4c) + 1) * 512;
    const directory = (loop.readInt32LE(0x30) + 1) * 512;
    const start = loop.readInt32LE(directory + 128 + 116);
    expect(loop.toString('utf16le', directory + 128, directory + 128 + 16)).toBe('Workbook');
    loop.writeInt32LE(start, fat + (start + 2) * 4);
    writeFileSync(join(dir, 'vong.xls'), loop);
    for (const name of ['cut.xls', 'vong.xls']) {
      const { code, finding } = validated(name);
      expect(code, name).toBe(2);
      expect(finding.code, name).toBe('file-xls');
      expect(finding.message, name).toContain('Lưu thành › Sổ làm việc Excel (*.xlsx)');
      expect(finding.message, name).not.toMatch(/undefined|properties of/);
    }
  });

  it('a zip bomb named .ods, refused while inflating', () => {
    zipBomb(join(dir, 'bom.ods'), { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }, 'content.xml', 256);
    const { code, finding } = validated('bom.ods');
    expect(code).toBe(2);
    expect(finding.code).toBe('file-too-large');
    expect(finding.message).toContain('CNSCD_MAX_UNZIPPED_MB');
  });
});
