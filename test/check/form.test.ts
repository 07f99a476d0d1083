import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { join } from 'node:path';
import { codes, formSheet, validate, writeWorkbook } from '../support/files.js';
import { formCsv, formFolder } from '../support/forms.js';

const at = (r: Awaited<ReturnType<typeof validate>>, code: string) => r.findings.filter((f) => f.code === code);

describe('a form with bad values', () => {
  it('gives hints that fit: product names only for products in a workbook, a figure in Ghi chú, an empty period cell', async () => {
    const path = await writeWorkbook('hints.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 'nhiều buổi'],
        [2, 'Số sản phẩm OCOP được đưa lên sàn TMĐT', 'Sản phẩm', 'Mật ong, Chè xanh'],
        [3, 'Số người dân được hướng dẫn', 'Người', null, 438],
        [4, 'Số tài khoản VNeID được tạo', 'Tài khoản', 120],
      ]),
    );
    const r = await validate(path);
    const [buoi, ocop] = at(r, 'value-not-number');
    expect(messageOf(buoi!, 'vi')).toBe('“Số buổi hội nghị, tập huấn, hướng dẫn”: “nhiều buổi” không phải là số. Ghi số nguyên, gõ liền (ví dụ 1234).');
    expect(messageOf(ocop!, 'vi')).toContain('; tên các sản phẩm ghi ở trang “Thuyết minh”.');
    const [note] = at(r, 'value-empty');
    expect(note!.location?.cell).toBe('D8');
    expect(messageOf(note!, 'vi')).toBe(
      '“Số người dân được hướng dẫn”: ô số liệu trống, nhưng cột “Ghi chú” cùng dòng (E8) có số 438: có lẽ số liệu ghi nhầm cột. Hãy chuyển số này sang cột số liệu; đến lúc đó chỉ tiêu được coi là chưa báo cáo.',
    );
    // In a CSV there is no sheet to put names in: no such hint, whatever the label.
    const csv = join(formFolder({ 'a.csv': { text: formCsv('Huyện Tứ Kỳ', [['Số sản phẩm OCOP được đưa lên sàn TMĐT', 'Mật ong']]) } }), 'a.csv');
    expect(messageOf(at(await validate(csv), 'value-not-number')[0]!, 'vi')).not.toContain('Thuyết minh');
    // A `Kỳ báo cáo` row left empty on the Thông tin sheet: pointed at, and said to be empty.
    const info = await writeWorkbook('info.xlsx', (wb) => {
      const sheet = wb.addWorksheet('Thông tin');
      sheet.addRow(['Thông tin', 'Nội dung']);
      sheet.addRow(['Đơn vị', 'Huyện Tứ Kỳ']);
      sheet.addRow(['Kỳ báo cáo']);
      formSheet(wb, [[1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 5]], []);
    });
    const missing = at(await validate(info), 'period-missing')[0]!;
    expect([missing.location?.sheet, missing.location?.cell]).toEqual(['Thông tin', 'B3']);
    expect(messageOf(missing, 'vi')).toMatch(/^Ô “Kỳ báo cáo” còn trống\./);
  });

  it('says a thousands figure typed with a dot on an English-set PC as a Vietnamese reader reads it, and what to type', async () => {
    // Excel set to English numbers stores "58.076" typed in a cell as the decimal 58.076, which a Vietnamese reader
    // would take for fifty-eight thousand: the message writes it 58,076 and says to type 58076.
    const path = await writeWorkbook('en-pc.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Tổng số hộ gia đình trên địa bàn', 'Hộ gia đình', 58.076],
        [2, 'Số thành viên của Tổ được tập huấn', 'Người', 12.5],
      ]),
    );
    const [thousands, half] = at(await validate(path), 'value-decimal');
    expect(messageOf(thousands!, 'vi')).toBe(
      '“Tổng số hộ gia đình trên địa bàn”: ô này lưu số thập phân 58,076 (58 phẩy 076, không phải 58076); số liệu phải là số nguyên. Có lẽ dấu chấm được gõ để tách hàng nghìn trên máy đặt kiểu số tiếng Anh, nơi dấu chấm là dấu thập phân: hãy gõ 58076, không có dấu chấm.',
    );
    expect(messageOf(thousands!, 'en')).toContain('type 58076, with no dot');
    expect(messageOf(half!, 'vi')).toBe(
      '“Số thành viên của Tổ được tập huấn”: 12,5 là số thập phân; số liệu phải là số nguyên (gõ liền, không có dấu chấm hay dấu phẩy, ví dụ 1234).',
    );
    expect(messageOf(half!, 'vi')).not.toContain('1.234');
  });

  it('reports a negative count, a decimal, a text value and an unknown row, each at its cell', async () => {
    const path = await writeWorkbook('bad.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', -4],
        [2, 'Số thành viên của Tổ được tập huấn', 'Người', 12.5],
        [3, 'Số người dân được hướng dẫn', 'Người', 'khoảng một nghìn'],
        [4, 'Số cây xanh được trồng', 'Cây', 300],
        [5, 'Số tài khoản dịch vụ công trực tuyến (DVCTT) được tạo', 'Tài khoản', '15.352'],
      ]),
    );
    const r = await validate(path);
    // Title, two info lines, a blank row, the header: data starts on row 6, values in column D.
    expect(at(r, 'value-negative')[0]).toMatchObject({
      severity: 'error',
      indicator: 'so_buoi_tap_huan',
      location: { sheet: 'Số liệu', cell: 'D6' },
      actual: '-4',
    });
    expect(at(r, 'value-decimal')[0]).toMatchObject({ severity: 'error', indicator: 'so_thanh_vien_duoc_tap_huan', location: { cell: 'D7' } });
    expect(at(r, 'value-not-number')[0]).toMatchObject({
      severity: 'error',
      indicator: 'so_nguoi_dan_duoc_huong_dan',
      location: { cell: 'D8' },
      actual: 'khoảng một nghìn',
    });
    expect(at(r, 'unknown-row')[0]).toMatchObject({ severity: 'warning', location: { cell: 'B9' }, actual: '300' });
    expect(messageOf(at(r, 'unknown-row')[0]!, 'vi')).toContain('Số cây xanh được trồng');
    // A number stored as text is still a number: no finding for D10.
    expect(r.findings.some((f) => f.location?.cell === 'D10')).toBe(false);
    expect(r.submission!.reports[0]!.values.get('so_tai_khoan_dvctt')).toMatchObject({ value: 15352, origin: { cell: 'D10' } });
    // Findings come in the order of the file.
    const cells = r.findings.filter((f) => f.location?.cell).map((f) => f.location!.cell);
    expect(cells).toEqual(['D6', 'D7', 'D8', 'B9']);
  });
});

describe('where unit and period come from', () => {
  it('reads them from the Thông tin sheet, and the header wherever it stands', async () => {
    const path = await writeWorkbook('info.xlsx', (wb) => {
      wb.addWorksheet('Thông tin').addRows([
        ['Đơn vị', 'Thành phố Hải Dương'],
        ['Kỳ báo cáo', 'Quý III/2024'],
        ['Ngày báo cáo', new Date(Date.UTC(2024, 9, 5))],
        ['Người lập', 'Nguyễn Văn A'],
      ]);
      const ws = wb.addWorksheet('Biểu 01');
      for (let i = 0; i < 11; i++) ws.addRow([`Dòng tiêu đề ${i + 1}`]);
      ws.addRow([null, null, 'Chỉ tiêu', 'Kết quả']);
      ws.addRow([null, null, 'Số người dân được hướng dẫn', 50]);
    });
    const r = await validate(path);
    const rep = r.submission!.reports[0]!;
    expect(rep.unit?.value).toBe('Thành phố Hải Dương');
    expect(rep.period?.value.key).toBe('2024-Q3');
    expect(rep.reportDate?.value).toBe('2024-10-05');
    expect(rep.info['Người lập']?.value).toBe('Nguyễn Văn A');
    expect(rep.values.get('so_nguoi_dan_duoc_huong_dan')).toMatchObject({ value: 50, origin: { sheet: 'Biểu 01', cell: 'D13' } });
    expect(codes(r).filter((c) => c !== 'indicators-absent')).toEqual([]);
  });

  it('reads them from lines above the table, with the value in the next cell or after a colon', async () => {
    const path = await writeWorkbook('lines.xlsx', (wb) => formSheet(wb, [[1, 'Số buổi tập huấn', 'Buổi', 3]], ['Đơn vị:', 'Kỳ báo cáo: Tháng 7/2023']));
    const r = await validate(path);
    expect(codes(r)).toContain('unit-missing');
    const path2 = await writeWorkbook('lines2.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Đơn vị:', 'Xã Nam Chính']);
      ws.addRow(['Kỳ báo cáo', 'Năm 2022']);
      ws.addRow(['Nội dung', 'Số liệu']);
      ws.addRow(['Số buổi tập huấn', 3]);
    });
    const rep = (await validate(path2)).submission!.reports[0]!;
    expect(rep.unit?.value).toBe('Xã Nam Chính');
    expect(rep.period?.value.key).toBe('2022');
  });

  it('says when unit or period is missing or unreadable, and takes a period from the title with a warning', async () => {
    const none = await validate(await writeWorkbook('none.xlsx', (wb) => formSheet(wb, [[1, 'Số buổi tập huấn', 'Buổi', 3]], [])));
    expect(codes(none)).toEqual(expect.arrayContaining(['unit-missing', 'period-missing']));
    const bad = await validate(
      await writeWorkbook('bad.xlsx', (wb) => formSheet(wb, [[1, 'Số buổi tập huấn', 'Buổi', 3]], ['Đơn vị: Xã A', 'Kỳ báo cáo: đợt 2'])),
    );
    expect(bad.findings.find((f) => f.code === 'period-unreadable')).toMatchObject({ actual: 'đợt 2', location: { cell: 'A3' } });
    const title = await validate(
      await writeWorkbook('title.xlsx', (wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(['BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2023']);
        ws.addRow(['Đơn vị: Huyện Tứ Kỳ']);
        ws.addRow(['Nội dung', 'Số liệu']);
        ws.addRow(['Số buổi tập huấn', 3]);
      }),
    );
    expect(title.submission!.reports[0]!.period?.value.key).toBe('2023-H1');
    expect(codes(title)).toContain('period-from-title');
    expect(codes(title)).not.toContain('period-missing');
  });
});

describe('rules and structure', () => {
  it('checks VNeID = level 1 + level 2 and names both sides with their values and cells', async () => {
    const path = await writeWorkbook('vneid.xlsx', (wb) =>
      formSheet(wb, [
        [6, 'Số lượng tài khoản VNeID đã được Tổ hướng dẫn và tạo thành công', 'Tài khoản', '71.994'],
        [null, 'trong đó: tài khoản VNeID mức độ 1', 'Tài khoản', 4621],
        [null, 'trong đó: tài khoản VNeID mức độ 2', 'Tài khoản', 71373],
      ]),
    );
    const f = (await validate(path)).findings.find((x) => x.code === 'rule-sum')!;
    expect(f).toMatchObject({
      severity: 'error',
      rule: 'vneid-bang-tong-muc-do',
      indicator: 'so_tai_khoan_vneid',
      expected: 75994,
      actual: 71994,
      location: { cell: 'D6' },
    });
    expect(f.related).toEqual([
      { sheet: 'Số liệu', cell: 'D7' },
      { sheet: 'Số liệu', cell: 'D8' },
    ]);
    const vi = messageOf(f, 'vi');
    expect(vi).toContain('71.994');
    expect(vi).toContain('4.621 + 71.373 = 75.994');
    expect(vi).toMatch(/D6.*D7.*D8/s);
    expect(messageOf(f, 'en')).toContain('4,621 + 71,373 = 75,994');
  });

  it('derives a missing total from its parts and says so; skips rules whose values are not reported', async () => {
    const path = await writeWorkbook('derive.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số tài khoản VNeID được tạo', 'Tài khoản', null],
        [2, 'Tài khoản VNeID mức độ 1', 'Tài khoản', 100],
        [3, 'Tài khoản VNeID mức độ 2', 'Tài khoản', 20],
        [4, 'Số sản phẩm OCOP được đưa lên sàn TMĐT', 'Sản phẩm', 9],
      ]),
    );
    const r = await validate(path);
    expect(r.submission!.reports[0]!.values.get('so_tai_khoan_vneid')).toMatchObject({
      value: 120,
      derivedFrom: ['so_tai_khoan_vneid_muc_1', 'so_tai_khoan_vneid_muc_2'],
    });
    expect(codes(r)).toContain('rule-derived');
    expect(codes(r)).not.toContain('rule-sum');
    expect(codes(r)).not.toContain('rule-compare'); // OCOP products not reported: the rule is skipped
  });

  it('checks compare rules with the severity the schema gives', async () => {
    const path = await writeWorkbook('compare.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số sản phẩm OCOP của địa phương', 'Sản phẩm', 5],
        [2, 'Số sản phẩm OCOP được đưa lên sàn TMĐT', 'Sản phẩm', 9],
        [3, 'Số thành viên Tổ CNSCĐ', 'Người', 10],
        [4, 'Số thành viên của Tổ được tập huấn', 'Người', 12],
      ]),
    );
    const r = await validate(path);
    const ocop = r.findings.find((f) => f.rule === 'ocop-len-san-khong-vuot-ocop')!;
    expect(ocop).toMatchObject({ code: 'rule-compare', severity: 'error', actual: 9, location: { cell: 'D7' } });
    expect(messageOf(ocop, 'vi')).toMatch(/9.*không lớn hơn.*5/);
    expect(r.findings.find((f) => f.rule === 'tap-huan-khong-vuot-thanh-vien')).toMatchObject({ severity: 'warning' });
  });

  it('reports an indicator given twice (error), unknown columns, empty cells as not reported', async () => {
    const path = await writeWorkbook('dup.xlsx', (wb) => {
      const ws = formSheet(wb, [
        [1, 'Số buổi tập huấn', 'Buổi', 3, null],
        [2, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 4, null],
        [3, 'Số người dân được hướng dẫn', 'Người', null, null],
      ]);
      ws.getCell('F5').value = 'Kế hoạch năm';
      ws.getCell('F6').value = 10;
    });
    const r = await validate(path);
    expect(r.findings.find((f) => f.code === 'indicator-duplicate')).toMatchObject({
      severity: 'error',
      location: { cell: 'D7' },
      expected: 3,
      actual: 4,
      related: [{ cell: 'D6' }],
    });
    expect(r.findings.find((f) => f.code === 'unknown-column')).toMatchObject({ severity: 'warning', location: { cell: 'F5' } });
    expect(r.findings.find((f) => f.code === 'value-empty')).toMatchObject({
      severity: 'warning',
      location: { cell: 'D8' },
      indicator: 'so_nguoi_dan_duoc_huong_dan',
    });
    expect(r.submission!.reports[0]!.values.get('so_nguoi_dan_duoc_huong_dan')!.value).toBeNull();
  });

  it('reads seed 001\'s "71.994 trong đó: 4.621 … mức độ 1, 71.373 … mức độ 2" cell into its three indicators', async () => {
    const path = await writeWorkbook('seed001-cell.xlsx', (wb) =>
      formSheet(wb, [
        [
          6,
          'Số lượng tài khoản VNeID đã được Tổ hướng dẫn và tạo thành công',
          'Tài khoản',
          '71.994 trong đó: 4.621 tài khoản mức độ 1, 71.373 tài khoản mức độ 2',
        ],
      ]),
    );
    const r = await validate(path);
    const v = r.submission!.reports[0]!.values;
    expect(v.get('so_tai_khoan_vneid')?.value).toBe(71994);
    expect(v.get('so_tai_khoan_vneid_muc_1')).toMatchObject({ value: 4621, splitFrom: 'so_tai_khoan_vneid', origin: { cell: 'D6' } });
    expect(v.get('so_tai_khoan_vneid_muc_2')?.value).toBe(71373);
    expect(r.findings.find((f) => f.code === 'rule-sum')).toMatchObject({ expected: 75994, actual: 71994 });
    expect(codes(r)).toEqual(expect.arrayContaining(['value-with-text', 'value-split']));
  });

  it('does not read a column-number row or section headings as data, and skips formulas without results', async () => {
    const path = await writeWorkbook('numbers-row.xlsx', (wb) => {
      const ws = formSheet(wb, [
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['A', 'KẾT QUẢ', null, null, null],
        [1, 'Số buổi tập huấn', 'Buổi', null, null],
      ]);
      ws.getCell('D8').value = { formula: 'SUM(X1:X2)' } as never;
    });
    const r = await validate(path);
    expect(codes(r)).not.toContain('unknown-row');
    expect(r.findings.find((f) => f.code === 'value-formula-uncached')).toMatchObject({ severity: 'error', location: { cell: 'D8' } });
  });

  it('says when there is no table at all', async () => {
    const r = await validate(await writeWorkbook('prose.xlsx', (wb) => wb.addWorksheet('S').addRow(['Báo cáo viết bằng lời, không có bảng'])));
    expect(codes(r)).toContain('no-table');
    expect(r.findings.find((f) => f.code === 'no-table')!.severity).toBe('error');
  });

  it('strict makes every warning an error', async () => {
    // One figure and one empty cell: a report with a warning (a form with no figure at all is a blank form, an error).
    const path = await writeWorkbook('w.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số buổi tập huấn', 'Buổi', null],
        [2, 'Số người dân được hướng dẫn', 'Người', 40],
      ]),
    );
    expect((await validate(path)).findings.every((f) => f.severity === 'warning')).toBe(true);
    expect((await validate(path, { strict: true })).findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('checks the period against the one expected', async () => {
    const path = await writeWorkbook('p.xlsx', (wb) => formSheet(wb, [[1, 'Số buổi tập huấn', 'Buổi', 1]]));
    expect(codes(await validate(path, { period: '2023-H1' }))).not.toContain('period-mismatch');
    expect((await validate(path, { period: '2023-H2' })).findings.find((f) => f.code === 'period-mismatch')).toMatchObject({
      expected: '2023-H2',
      actual: '2023-H1',
    });
  });
});
