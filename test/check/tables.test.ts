import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { aggregate, total } from '../support/aggregate.js';
import { validate } from '../support/files.js';
import { formFolder } from '../support/forms.js';

/** A district's table of its communes, typed in Excel and saved as CSV: one row per commune, a typed total row. */
const TABLE = [
  'BẢNG TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CNSCĐ;;;',
  'Kỳ báo cáo: 6 tháng đầu năm 2023;;;',
  'STT;Đơn vị;Số buổi hội nghị, tập huấn, hướng dẫn;Số người dân được hướng dẫn',
  '1;Xã An;3;100',
  '2;Xã Bình;-;50',
  '3;Xã Cường;abc;20',
  '4;Xã Dũng;2;30',
  ';Tổng cộng;6;200',
].join('\r\n');

describe('a table of units: each row is a unit, its errors its own', () => {
  it('finds each problem at its cell, under its row’s unit; the typed total row is checked, never added', async () => {
    const dir = formFolder({ 'bang.csv': { text: TABLE } });
    const r = await validate(join(dir, 'bang.csv'));
    expect(r.submission!.layout).toBe('table');
    expect(r.findings.map((f) => [f.code, f.severity, f.location?.cell, f.unit ?? null, f.expected ?? null, f.actual ?? null])).toEqual([
      ['value-empty', 'warning', 'C5', 'Xã Bình', null, '-'],
      ['value-not-number', 'error', 'C6', 'Xã Cường', null, 'abc'],
      ['total-mismatch', 'error', 'C8', null, 5, 6],
    ]);
    // Rows that gave a number: An and Dũng; Cường's “abc” is said apart; Bình's dash is no figure at all.
    expect(messageOf(r.findings[2]!, 'vi')).toBe(
      'Dòng tổng ghi “Số buổi hội nghị, tập huấn, hướng dẫn” = 6, nhưng cộng 2 dòng đơn vị được 5 (ghi thừa 1). 1 ô không hợp lệ không được cộng. Dòng tổng không được cộng vào; hãy sửa lại cho đúng.',
    );
    expect(messageOf(r.findings[2]!, 'en')).toContain('6');
  });

  it('adds up the rows without errors; the row with one is left out by name; the wrong total row leaves the rows counted', async () => {
    const a = await aggregate(formFolder({ 'bang.csv': { text: TABLE } }));
    expect(a.units.map((u) => u.name)).toEqual(['Xã An', 'Xã Bình', 'Xã Dũng']);
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([['Xã Cường', 'errors']]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 5, reported: 2 });
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 180, reported: 3 });
  });

  it('a total row with a cell left empty: that figure is not checked, and no cell of the row is said empty', async () => {
    const r = await validate(join(formFolder({ 'a.csv': { text: TABLE.replace(';Tổng cộng;6;200', ';Tổng cộng;;200') } }), 'a.csv'));
    expect(r.findings.filter((f) => f.location?.line === 8)).toEqual([]);
  });

  it('a total row that is right says nothing; one written short says “thiếu”', async () => {
    const right = TABLE.replace(';Tổng cộng;6;200', ';Tổng cộng;5;200');
    expect((await validate(join(formFolder({ 'a.csv': { text: right } }), 'a.csv'))).findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
    const short = TABLE.replace(';Tổng cộng;6;200', ';Tổng cộng;5;170');
    const f = (await validate(join(formFolder({ 'a.csv': { text: short } }), 'a.csv'))).findings.filter((x) => x.code === 'total-mismatch');
    expect(f.map((x) => [x.location?.cell, x.expected, x.actual])).toEqual([['D8', 200, 170]]);
    expect(messageOf(f[0]!, 'vi')).toContain('cộng 4 dòng đơn vị được 200 (ghi thiếu 30). Dòng tổng');
  });

  it('a unit listed twice is an error at its second row, naming the first', async () => {
    const twice = TABLE.replace('4;Xã Dũng;2;30', '4;xã  an;2;30');
    const r = await validate(join(formFolder({ 'a.csv': { text: twice } }), 'a.csv'));
    const dup = r.findings.filter((f) => f.code === 'unit-duplicate');
    expect(dup.map((f) => [f.location?.cell, f.unit, f.params.first, f.related])).toEqual([['B7', 'xã an', 'B4', [{ cell: 'B4', line: 4, column: 2 }]]]);
  });

  it('a table without a period takes the run’s, with one warning for the file; a row of another period is not counted', async () => {
    const dir = formFolder({
      'bang.csv': { text: TABLE.replace('Kỳ báo cáo: 6 tháng đầu năm 2023;;;', ';;;').replace('3;Xã Cường;abc;20', '3;Xã Cường;1;20') },
      'khac.csv': { text: 'Đơn vị: Xã Em;;;\r\nKỳ báo cáo: Năm 2022;;;\r\n;;;\r\nSTT;Nội dung;Đơn vị tính;Số liệu\r\n1;Số người dân được hướng dẫn;;9\r\n' },
      'x1.csv': {
        text: 'Đơn vị: Xã Gia;;;\r\nKỳ báo cáo: 6 tháng đầu năm 2023;;;\r\n;;;\r\nSTT;Nội dung;Đơn vị tính;Số liệu\r\n1;Số người dân được hướng dẫn;;1\r\n',
      },
      'x2.csv': {
        text: 'Đơn vị: Xã Hà;;;\r\nKỳ báo cáo: 6 tháng đầu năm 2023;;;\r\n;;;\r\nSTT;Nội dung;Đơn vị tính;Số liệu\r\n1;Số người dân được hướng dẫn;;1\r\n',
      },
    });
    const a = await aggregate(dir);
    expect(a.period?.key).toBe('2023-H1');
    const assumed = a.findings.filter((f) => f.code === 'period-assumed');
    expect(assumed.map((f) => [f.file.endsWith('bang.csv'), f.severity, f.expected])).toEqual([[true, 'warning', '2023-H1']]);
    expect(messageOf(assumed[0]!, 'vi')).toContain('(6 tháng đầu năm 2023)');
    expect(messageOf(assumed[0]!, 'en')).toContain('(first half of 2023)');
    expect(a.findings.filter((f) => f.code === 'period-differs').map((f) => [f.unit, f.expected, f.actual, f.severity])).toEqual([
      ['Xã Em', '2023-H1', '2022', 'error'],
    ]);
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([['Xã Em', 'period']]);
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 202, reported: 6 });
  });
});

describe('a rule broken in one row', () => {
  it('keeps that row out, named under its unit, and the others in', async () => {
    const table = [
      'Kỳ báo cáo: 6 tháng đầu năm 2023;;;',
      'STT;Đơn vị;Số sản phẩm OCOP của địa phương;Số sản phẩm OCOP được đưa lên sàn TMĐT',
      '1;Xã An;5;6',
      '2;Xã Bình;5;5',
    ].join('\r\n');
    const dir = formFolder({ 'bang.csv': { text: table } });
    const r = await validate(join(dir, 'bang.csv'));
    expect(r.findings.map((f) => [f.code, f.unit, f.location?.cell])).toEqual([['rule-compare', 'Xã An', 'D3']]);
    const a = await aggregate(dir);
    expect(a.units.map((u) => u.name)).toEqual(['Xã Bình']);
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([['Xã An', 'errors']]);
  });

  it('in a form without its unit, the rule is still checked', async () => {
    const text =
      'Kỳ báo cáo: Năm 2023;;;\r\n;;;\r\nSTT;Nội dung;Đơn vị tính;Số liệu\r\n1;Số sản phẩm OCOP của địa phương;;5\r\n2;Số sản phẩm OCOP được đưa lên sàn TMĐT;;6\r\n';
    const r = await validate(join(formFolder({ 'a.csv': { text } }), 'a.csv'));
    expect(r.findings.find((f) => f.code === 'rule-compare')).toMatchObject({ actual: 6, expected: '<= 5' });
    expect(r.findings.find((f) => f.code === 'rule-compare')!.unit).toBeUndefined();
  });
});

describe('the total row’s own cells, and a row without its unit', () => {
  it('a total row cell that is no number is said under the total row’s name; a row of figures with no unit is an error', async () => {
    const text = TABLE.replace(';Tổng cộng;6;200', ';Tổng cộng;sáu;200').replace('4;Xã Dũng;2;30', '4;;2;30');
    const r = await validate(join(formFolder({ 'a.csv': { text } }), 'a.csv'));
    expect(r.findings.find((f) => f.code === 'value-not-number' && f.location?.cell === 'C8')).toMatchObject({
      unit: 'Tổng cộng',
      actual: 'sáu',
      severity: 'error',
    });
    const missing = r.findings.filter((f) => f.code === 'unit-missing');
    expect(missing.map((f) => [f.location?.cell, f.severity, f.params.table])).toEqual([['B7', 'error', 1]]);
    expect(messageOf(missing[0]!, 'vi')).toBe('Dòng có số liệu nhưng không ghi tên đơn vị.');
  });

  it('a form without its unit says so as a form does, with no place', async () => {
    const r = await validate(
      join(
        formFolder({
          'a.csv': {
            text: 'Kỳ báo cáo: Năm 2023;;;\r\n;;;\r\nSTT;Nội dung;Đơn vị tính;Số liệu\r\n1;Số buổi hội nghị, tập huấn, hướng dẫn;;\r\n2;Số người dân được hướng dẫn;;40\r\n',
          },
        }),
        'a.csv',
      ),
    );
    expect(r.findings.map((f) => [f.code, f.location ?? null, f.params.table ?? null])).toEqual([
      ['unit-missing', null, 0],
      ['indicators-absent', null, null],
      ['value-empty', { cell: 'D4', line: 4, column: 4 }, null],
    ]);
    // An empty cell is “not reported”: nothing was typed, so nothing is quoted.
    expect(r.findings[2]).toMatchObject({ actual: null, expected: null, severity: 'warning' });
  });
});
