import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { formSheet, validate, writeWorkbook } from '../support/files.js';

const LABELS = [
  'Số Tổ CNSCĐ cấp xã',
  'Số Tổ CNSCĐ cấp thôn/khu dân cư',
  'Số thôn/khu dân cư trên địa bàn',
  'Số thành viên Tổ CNSCĐ',
  'Số nhóm Zalo của Tổ CNSCĐ',
  'Tổng số hộ gia đình trên địa bàn',
  'Số buổi hội nghị, tập huấn, hướng dẫn',
  'Số thành viên của Tổ được tập huấn',
  'Số người dân được hướng dẫn',
  'Số tài khoản dịch vụ công trực tuyến (DVCTT) được tạo',
  'Số tài khoản thanh toán không dùng tiền mặt được tạo',
  'Số chữ ký số cá nhân được cấp',
  'Số sản phẩm OCOP của địa phương',
] as const;

describe('every kind of value cell, as Excel holds it, to the figure it gives', () => {
  it('a workbook with one of each: what is counted, what is said, at which cell', async () => {
    const cells: unknown[] = [
      true, // a boolean
      new Date(Date.UTC(2023, 6, 20)), // a date
      { error: '#REF!' }, // an error
      { formula: 'D20+1' }, // a formula never calculated
      { formula: 'D7+1', result: 28 }, // a formula Excel calculated
      '1.234 người', // a count with words after it
      '(5)', // a negative in brackets
      0.1 + 0.2 + 2.7, // a count with floating-point noise
      2.5, // a real fraction
      -3, // a negative number
      '  ', // spaces
      'không có', // words
      '12,5%', // a percentage
    ];
    const path = await writeWorkbook('moi-loai.xlsx', (wb) => {
      const ws = formSheet(
        wb,
        LABELS.map((label, i) => [i + 1, label, '', null]),
      );
      cells.forEach((v, i) => {
        ws.getCell(`D${6 + i}`).value = v as never;
        if (v instanceof Date) ws.getCell(`D${6 + i}`).numFmt = 'dd/mm/yyyy';
      });
    });
    const r = await validate(path);
    const values = r.submission!.reports[0]!.values;
    const got = LABELS.map((_, i) => {
      const v = [...values.values()].find((x) => x.origin.cell === `D${6 + i}`)!;
      return [v.origin.cell, v.status, v.value, v.raw];
    });
    expect(got).toEqual([
      ['D6', 'not-a-number', null, 'TRUE'],
      ['D7', 'not-a-number', null, '2023-07-20'],
      ['D8', 'error-cell', null, '#REF!'],
      ['D9', 'formula-uncached', null, '=D20+1'],
      ['D10', 'ok', 28, '28'],
      ['D11', 'with-text', 1234, '1.234 người'],
      ['D12', 'negative', null, '(5)'],
      ['D13', 'ok', 3, '3'],
      ['D14', 'decimal', null, '2.5'],
      ['D15', 'negative', null, '-3'],
      ['D16', 'empty', null, '  '],
      ['D17', 'not-a-number', null, 'không có'],
      ['D18', 'not-a-number', null, '12,5%'],
    ]);
    const byCell = new Map(r.findings.filter((f) => f.location).map((f) => [f.location?.cell, f]));
    expect([...byCell.values()].map((f) => [f.location?.cell, f.code, f.severity])).toEqual([
      ['D6', 'value-not-number', 'error'],
      ['D7', 'value-not-number', 'error'],
      ['D8', 'value-error-cell', 'error'],
      ['D9', 'value-formula-uncached', 'error'],
      ['D11', 'value-with-text', 'warning'],
      ['D12', 'value-negative', 'error'],
      ['D14', 'value-decimal', 'error'],
      ['D15', 'value-negative', 'error'],
      ['D16', 'value-empty', 'warning'],
      ['D17', 'value-not-number', 'error'],
      ['D18', 'value-not-number', 'error'],
    ]);
    expect(byCell.get('D11')).toMatchObject({ actual: 1234 });
    expect(messageOf(byCell.get('D11')!, 'vi')).toBe('“Tổng số hộ gia đình trên địa bàn”: đã đọc số 1.234; phần chữ theo sau không được tính: “người”.');
    expect(byCell.get('D12')).toMatchObject({ actual: '(5)' });
    expect(byCell.get('D16')).toMatchObject({ actual: '  ', expected: null });
    // Only an empty cell says what was expected (nothing); the others leave it out.
    expect(byCell.get('D14')!.expected).toBeUndefined();
    expect('related' in byCell.get('D14')!).toBe(false);
  });

  it('a value cell merged with the one below gives its figure once; the covered cell is not a second figure', async () => {
    const path = await writeWorkbook('gop.xlsx', (wb) => {
      const ws = formSheet(wb, [
        [1, 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi', 12],
        [2, 'Số người dân được hướng dẫn', 'Người', null],
      ]);
      ws.mergeCells('D6:D7');
    });
    const r = await validate(path);
    const v = r.submission!.reports[0]!.values;
    expect(v.get('so_buoi_tap_huan')).toMatchObject({ value: 12, status: 'ok' });
    expect(v.get('so_nguoi_dan_duoc_huong_dan')).toMatchObject({ value: null, status: 'empty' });
  });
});

describe('parts stated in words inside a total’s cell (seed 001)', () => {
  const form = (text: string) => writeWorkbook('trong-do.xlsx', (wb) => formSheet(wb, [[6, 'Số tài khoản VNeID được tạo', 'Tài khoản', text]]));

  it('reads parts separated by “;” and “và”, ignores words that name no indicator and a part naming the total itself', async () => {
    const r = await validate(
      await form('120 trong đó: 100 tài khoản mức độ 1; 15 tài khoản mức độ 2 và 5 tài khoản chưa kích hoạt, 120 tài khoản VNeID được tạo'),
    );
    const v = r.submission!.reports[0]!.values;
    expect(v.get('so_tai_khoan_vneid')).toMatchObject({ value: 120, status: 'with-text' });
    expect(v.get('so_tai_khoan_vneid_muc_1')).toMatchObject({
      value: 100,
      status: 'ok',
      raw: '100 tài khoản mức độ 1',
      label: 'tài khoản mức độ 1',
      splitFrom: 'so_tai_khoan_vneid',
    });
    expect(v.get('so_tai_khoan_vneid_muc_2')).toMatchObject({ value: 15, raw: '15 tài khoản mức độ 2' });
    expect(messageOf(r.findings.find((f) => f.code === 'value-split')!, 'vi')).toBe(
      'Đã đọc “tài khoản mức độ 1” = 100 từ phần “trong đó” của ô (“100 tài khoản mức độ 1”). Nên tách thành dòng riêng.',
    );
    expect(r.findings.filter((f) => f.code === 'value-split').map((f) => [f.indicator, f.actual, f.severity])).toEqual([
      ['so_tai_khoan_vneid_muc_1', 100, 'warning'],
      ['so_tai_khoan_vneid_muc_2', 15, 'warning'],
    ]);
    // 100 + 15 ≠ 120: the parts the cell states are checked against its total.
    expect(r.findings.find((f) => f.code === 'rule-sum')).toMatchObject({ expected: 115, actual: 120 });
  });

  it('“trong đó” with a capital, no colon, a full stop after the last part', async () => {
    const v = (await validate(await form('75.994 Trong đó 4.621 mức độ 1, 71.373 mức độ 2.'))).submission!.reports[0]!.values;
    expect(v.get('so_tai_khoan_vneid_muc_1')?.value).toBe(4621);
    expect(v.get('so_tai_khoan_vneid_muc_2')?.value).toBe(71373);
  });

  it('spaces as typed: two between “trong” and “đó”, one before the colon, two before “và”', async () => {
    const v = (await validate(await form('75.994 trong  đó : 4.621 mức độ 1  và 71.373 mức độ 2'))).submission!.reports[0]!.values;
    expect(v.get('so_tai_khoan_vneid_muc_1')?.value).toBe(4621);
    expect(v.get('so_tai_khoan_vneid_muc_2')?.value).toBe(71373);
  });

  it('words after a number without “trong đó” are only words; a part with a decimal or no words is not read', async () => {
    const plain = (await validate(await form('75.994 tài khoản, 4.621 mức độ 1'))).submission!.reports[0]!.values;
    expect(plain.get('so_tai_khoan_vneid_muc_1')).toBeUndefined();
    // A decimal part is not split at its comma into 12 and “5 mức độ 1”: no level-1 figure of 5 is made up.
    const odd = (await validate(await form('100 trong đó: 12,5 mức độ 1, 30'))).submission!.reports[0]!.values;
    expect(odd.get('so_tai_khoan_vneid_muc_1')).toBeUndefined();
    expect([...odd.keys()]).toEqual(['so_tai_khoan_vneid']);
  });
});

describe('a total not typed is the sum of its parts, when every part is given', () => {
  const form = (rows: [string, number | string | null][]) =>
    writeWorkbook('derive.xlsx', (wb) =>
      formSheet(
        wb,
        rows.map(([label, v], i) => [i + 1, label, 'Tài khoản', v]),
      ),
    );

  it('written “-”: derived, said at the first part’s cell, with both parts', async () => {
    const r = await validate(
      await form([
        ['Số tài khoản VNeID được tạo', '-'],
        ['trong đó: tài khoản VNeID mức độ 1', 30],
        ['trong đó: tài khoản VNeID mức độ 2', 12],
      ]),
    );
    expect(r.submission!.reports[0]!.values.get('so_tai_khoan_vneid')).toMatchObject({
      value: 42,
      status: 'ok',
      raw: '',
      origin: { cell: 'D6' },
      label: 'Số tài khoản VNeID được tạo',
    });
    const f = r.findings.find((x) => x.code === 'rule-derived')!;
    expect(f).toMatchObject({ severity: 'warning', actual: 42, location: { cell: 'D7' }, related: [{ cell: 'D7' }, { cell: 'D8' }] });
    expect(messageOf(f, 'vi')).toBe(
      'Không ghi “Số tài khoản VNeID được tạo”; đã tính bằng tổng các phần tài khoản VNeID mức độ 1 (D7) và tài khoản VNeID mức độ 2 (D8): 30 + 12 = 42.',
    );
  });

  it('not derived when a part is missing, or the total is typed (even as 0)', async () => {
    const missing = await validate(
      await form([
        ['Số tài khoản VNeID được tạo', null],
        ['trong đó: tài khoản VNeID mức độ 1', 30],
      ]),
    );
    expect(missing.submission!.reports[0]!.values.get('so_tai_khoan_vneid')?.value).toBeNull();
    expect(missing.findings.some((f) => f.code === 'rule-derived')).toBe(false);
    const zero = await validate(
      await form([
        ['Số tài khoản VNeID được tạo', 0],
        ['trong đó: tài khoản VNeID mức độ 1', 30],
        ['trong đó: tài khoản VNeID mức độ 2', 12],
      ]),
    );
    expect(zero.submission!.reports[0]!.values.get('so_tai_khoan_vneid')?.value).toBe(0);
    expect(zero.findings.find((f) => f.code === 'rule-sum')).toMatchObject({ expected: 42, actual: 0 });
    // The whole total row absent from the form: derived too, placed at the first part.
    const absent = await validate(
      await form([
        ['trong đó: tài khoản VNeID mức độ 1', 30],
        ['trong đó: tài khoản VNeID mức độ 2', 12],
      ]),
    );
    expect(absent.submission!.reports[0]!.values.get('so_tai_khoan_vneid')).toMatchObject({ value: 42, origin: { cell: 'D6' } });
  });
});
