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
    expect(near!.params).toMatchObject({
      label: 'Số người dân được hướng dẫm',
      values: ['120'],
      suggestion: 'Số người dân được hướng dẫn',
      suggestionCode: 'so_nguoi_dan_duoc_huong_dan',
    });
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
    expect(other.findings.filter((f) => f.code === 'period-mismatch').map((f) => [f.severity, f.expected, f.actual, f.location?.cell, f.unit])).toEqual([
      ['error', '2023-H2', '2023-H1', 'A3', 'Huyện Tứ Kỳ'],
    ]);
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

describe('a table sent with its units’ notes (a lower level’s tong-hop.xlsx, edited by hand)', () => {
  it('a note under a unit that is no row of the table, or under none, is named; the others go to their rows', async () => {
    const path = await writeWorkbook('tong-hop.xlsx', (wb) => {
      const t = wb.addWorksheet('Tổng hợp');
      t.addRow(['TỔNG HỢP KẾT QUẢ']);
      t.addRow(['Kỳ báo cáo: 6 tháng đầu năm 2023']);
      t.addRow(['Đơn vị: Huyện Tứ Kỳ']);
      t.addRow(['STT', 'Đơn vị', 'Số buổi hội nghị, tập huấn, hướng dẫn']);
      t.addRow([1, 'Xã Đại Sơn', 3]);
      t.addRow([2, 'Xã Quang Phục', 4]);
      const n = wb.addWorksheet('Thuyết minh');
      n.addRow(['Mục', 'Đơn vị', 'Nội dung']);
      n.addRow(['Kết quả nổi bật', 'Xã Đại Sơn', 'Tổ đến từng hộ.']);
      n.addRow(['Kết quả nổi bật', 'Xã Không Có', 'Một ý kiến lạc.']);
      n.addRow(['Kết quả nổi bật', null, 'Không ghi đơn vị.']);
    });
    const r = await validate(path);
    const orphans = r.findings.filter((f) => f.code === 'note-unit-unknown');
    expect(orphans.map((f) => [f.unit, f.severity, f.location?.sheet, f.location?.cell])).toEqual([
      ['Xã Không Có', 'warning', 'Thuyết minh', 'B3'],
      // No unit cell: the note itself is pointed at.
      ['(trống)', 'warning', 'Thuyết minh', 'C4'],
    ]);
    expect(messageOf(orphans[0]!, 'vi')).toContain('Xã Không Có');
    const daiSon = r.submission!.reports.find((x) => x.unit?.value === 'Xã Đại Sơn')!;
    expect(daiSon.notes?.map((x) => x.text)).toEqual(['Tổ đến từng hộ.']);
  });
});

describe('messages that name what they found', () => {
  it('an indicator given twice names the first cell and what it held; a workbook with no table says none was read', async () => {
    const path = await writeWorkbook('hai-lan.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', '3 buổi'],
        [2, 'Số buổi tập huấn', 'Buổi', 4],
      ]),
    );
    const dup = (await validate(path)).findings.find((f) => f.code === 'indicator-duplicate')!;
    expect(dup).toMatchObject({ unit: 'Huyện Tứ Kỳ', expected: 3, actual: 4, location: { cell: 'D7' }, related: [{ cell: 'D6' }] });
    expect(dup.params).toMatchObject({ first: 'D6', firstRaw: '3 buổi', raw: '4' });
    const none = await validate(
      await writeWorkbook('loi.xlsx', (wb) => {
        wb.addWorksheet('Một').addRow(['Báo cáo bằng lời']);
        wb.addWorksheet('Hai').addRow(['Không có bảng']);
      }),
    );
    // No sheet held a table, so none was read as data.
    expect(none.findings.find((f) => f.code === 'no-table')!.params).toEqual({ sheets: 0 });
  });

  it('an unknown column counts its figures and shows the first five', async () => {
    const path = await writeWorkbook('cot.xlsx', (wb) => {
      const ws = formSheet(
        wb,
        [1, 2, 3, 4, 5, 6].map((i) => [
          i,
          [
            'Số buổi hội nghị, tập huấn, hướng dẫn',
            'Số người dân được hướng dẫn',
            'Số thành viên Tổ CNSCĐ',
            'Số nhóm Zalo của Tổ CNSCĐ',
            'Số Tổ CNSCĐ cấp xã',
            'Số chữ ký số cá nhân được cấp',
          ][i - 1]!,
          '',
          i,
        ]),
      );
      ws.getCell('F5').value = 'Kế hoạch năm';
      [6, 7, 8, 9, 10, 11].forEach((r) => {
        ws.getCell(`F${r}`).value = r * 10;
      });
    });
    const col = (await validate(path)).findings.find((f) => f.code === 'unknown-column')!;
    expect(col.params).toMatchObject({ label: 'Kế hoạch năm', count: 6, values: ['60', '70', '80', '90', '100'] });
  });

  it('a form with every indicator says nothing is missing', async () => {
    const { loadSchema } = await import('../../src/node/load-schema.js');
    const { schema } = await loadSchema();
    const path = await writeWorkbook('du.xlsx', (wb) =>
      formSheet(
        wb,
        schema.indicators.map((ind, i) => [i + 1, ind.label, ind.unit, 1]),
      ),
    );
    const r = await validate(path);
    expect(r.findings.filter((f) => f.code === 'indicators-absent')).toEqual([]);
    expect(r.submission!.reports[0]!.values.size).toBe(schema.indicators.length);
  });
});
