import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { formSheet, validate, writeWorkbook } from '../support/files.js';

describe('what a form is made of, each problem at its place', () => {
  it('a workbook with an info sheet, a notes sheet, a stray sheet and rows it does not know', async () => {
    const path = await writeWorkbook('cau-truc.xlsx', (wb) => {
      wb.addWorksheet('Thông tin').addRows([
        ['Đơn vị', 'Xã Nam Chính'],
        ['Kỳ báo cáo', '6 tháng đầu năm 2023'],
        ['Ngày báo cáo', 'cuối tháng 7'],
      ]);
      formSheet(
        wb,
        [
          [1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 4],
          [2, 'Số người dân được hướng dẫm', 'Người', 120],
          [3, 'Số cây xanh được trồng', 'Cây', 30],
        ],
        [],
      );
      wb.addWorksheet('Thuyết minh').addRows([
        ['Mục', 'Nội dung'],
        ['Kết quả nổi bật', 'Tổ đã đến từng hộ.'],
        ['Ý kiến khác', 'Không có'],
        ['Đề xuất', ''],
      ]);
      wb.addWorksheet('Ghi chú').addRows([['Biểu này do anh Nam lập.']]);
    });
    const r = await validate(path);
    const got = r.findings.map((f) => [f.code, f.severity, f.location?.sheet ?? null, f.location?.cell ?? null]);
    // The file as a whole first, then sheet by sheet, each in the order of its cells.
    expect(got).toEqual([
      ['indicators-absent', 'warning', null, null],
      ['sheet-skipped', 'warning', 'Ghi chú', null],
      ['unknown-note-section', 'warning', 'Thuyết minh', 'A3'],
      ['date-unreadable', 'warning', 'Thông tin', 'B3'],
      ['unknown-row', 'warning', 'Số liệu', 'B5'],
      ['unknown-row', 'warning', 'Số liệu', 'B6'],
    ]);
    const [absent, sheet, section, date, near, far] = r.findings;
    expect(date!.params.text).toBe('cuối tháng 7');
    // A near miss names the indicator it is close to; the figure it holds is listed, not counted.
    expect(near!.params).toMatchObject({ label: 'Số người dân được hướng dẫm', values: ['120'], suggestion: 'Số người dân được hướng dẫn', suggestionCode: 'so_nguoi_dan_duoc_huong_dan' });
    expect(near!.actual).toBe('120');
    expect(messageOf(near!, 'vi')).toContain('Số người dân được hướng dẫn');
    expect(far!.params.suggestion).toBeUndefined();
    expect(section!.params.label).toBe('Ý kiến khác');
    expect(sheet!.params.sheet).toBe('Ghi chú');
    expect(absent!.params.count).toBe(18);
    expect((absent!.params.codes as string[]).includes('so_buoi_tap_huan')).toBe(false);
    expect((absent!.params.labels as string[])[0]).toBe('Số Tổ CNSCĐ cấp xã');
    const rep = r.submission!.reports[0]!;
    expect(rep.values.get('so_nguoi_dan_duoc_huong_dan')).toBeUndefined();
    expect(r.submission!.notes.map((n) => [n.key, n.text])).toEqual([['ket_qua_noi_bat', 'Tổ đã đến từng hộ.']]);
  });

  it('the period asked for: a form of another is an error naming both; of the same, nothing', async () => {
    const path = await writeWorkbook('ky.xlsx', (wb) => formSheet(wb, [[1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 4]]));
    const other = await validate(path, { period: '2023-H2' });
    expect(other.findings.filter((f) => f.code === 'period-mismatch').map((f) => [f.severity, f.expected, f.actual, f.location?.cell])).toEqual([['error', '2023-H2', '2023-H1', 'A3']]);
    expect((await validate(path, { period: '2023-H1' })).findings.filter((f) => f.code === 'period-mismatch')).toEqual([]);
  });

  it('a period taken from the title is a warning naming the text it came from', async () => {
    const path = await writeWorkbook('tieu-de.xlsx', (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      ws.addRow(['BÁO CÁO KẾT QUẢ QUÝ III/2024']);
      ws.addRow(['Đơn vị: Xã A']);
      ws.addRow(['Nội dung', 'Số liệu']);
      ws.addRow(['Số buổi hội nghị, tập huấn, hướng dẫn', 2]);
    });
    const r = await validate(path);
    const f = r.findings.find((x) => x.code === 'period-from-title')!;
    expect(f).toMatchObject({ severity: 'warning', location: { cell: 'A1' } });
    expect(f.params).toMatchObject({ period: '2024-Q3', text: 'BÁO CÁO KẾT QUẢ QUÝ III/2024' });
    expect(r.findings.some((x) => x.code === 'period-missing')).toBe(false);
    expect(r.submission!.reports[0]!.period?.value.key).toBe('2024-Q3');
  });
});
