import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameOrder } from '../../src/aggregate/units.js';
import { parsePeriod } from '../../src/interpret/period.js';
import { messageOf } from '../../src/i18n/messages.js';
import { RosterIndex, type RosterUnit } from '../../src/settings/roster.js';
import { aggregate, total } from '../support/aggregate.js';
import { formCsv, formFolder, type FormRow } from '../support/forms.js';

const BUOI = 'Số buổi hội nghị, tập huấn, hướng dẫn';
const NGUOI_DAN = 'Số người dân được hướng dẫn';

/** A commune's form, with its code on a line of its own when given. */
const form = (unit: string, rows: FormRow[], code?: string, period = '6 tháng đầu năm 2023') => ({
  text: (code ? `Mã đơn vị: ${code};;;\r\n` : '') + formCsv(unit, rows, period),
});

describe('reports of one name', () => {
  it('with different codes are different units: both counted, each named with its code', async () => {
    const a = await aggregate(formFolder({ 'a.csv': form('Xã Tân Lập', [[BUOI, '3']], '08123'), 'b.csv': form('Xã Tân Lập', [[BUOI, '4']], '19456') }));
    expect(a.units.map((u) => [u.name, u.code])).toEqual([
      ['Xã Tân Lập (mã 08123)', '08123'],
      ['Xã Tân Lập (mã 19456)', '19456'],
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 7, reported: 2 });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with one code given and one not: one unit, its two differing reports in conflict', async () => {
    const a = await aggregate(formFolder({ 'a.csv': form('Xã Tân Lập', [[BUOI, '3']], '08123'), 'b.csv': form('Xã Tân Lập', [[BUOI, '4']]) }));
    expect(a.units).toEqual([]);
    expect(a.findings.filter((f) => f.code === 'unit-conflict').map((f) => [f.unit, f.params.count, f.params.differ])).toEqual([
      ['Xã Tân Lập', 2, ['so_buoi_tap_huan']],
      ['Xã Tân Lập', 2, ['so_buoi_tap_huan']],
    ]);
  });

  it('with the same code twice, differing: a conflict under the code, the others of that name apart', async () => {
    const a = await aggregate(
      formFolder({
        'a.csv': form('Xã Tân Lập', [[BUOI, '3']], '08123'),
        'b.csv': form('Xã Tân Lập', [[BUOI, '5']], '8123'),
        'c.csv': form('Xã Tân Lập', [[BUOI, '4']], '19456'),
      }),
    );
    // Codes are compared without their leading zeros, as Excel keeps a number.
    expect(a.units.map((u) => u.name)).toEqual(['Xã Tân Lập (mã 19456)']);
    expect(a.findings.filter((f) => f.code === 'unit-conflict').map((f) => [f.unit, f.params.files])).toEqual([
      ['Xã Tân Lập (mã 08123)', ['a.csv', 'b.csv']],
      ['Xã Tân Lập (mã 08123)', ['a.csv', 'b.csv']],
    ]);
  });

  it('three copies, one differing: all three in conflict, none counted; a report with errors takes no part', async () => {
    const same: FormRow[] = [
      [BUOI, '3'],
      [NGUOI_DAN, '40'],
    ];
    const a = await aggregate(
      formFolder({
        'a.csv': form('Xã An', same),
        'b.csv': form('Xã An', same),
        'c.csv': form('Xã An', [
          [BUOI, '3'],
          [NGUOI_DAN, '41'],
        ]),
        'd.csv': form('Xã An', [[BUOI, '-3']]),
        'e.csv': form('Xã Bình', [[BUOI, '1']]),
      }),
    );
    const conflicts = a.findings.filter((f) => f.code === 'unit-conflict');
    expect(conflicts.map((f) => [f.file.split('/').pop(), f.params.count, f.params.differ, f.severity])).toEqual([
      ['a.csv', 3, ['so_nguoi_dan_duoc_huong_dan'], 'error'],
      ['b.csv', 3, ['so_nguoi_dan_duoc_huong_dan'], 'error'],
      ['c.csv', 3, ['so_nguoi_dan_duoc_huong_dan'], 'error'],
    ]);
    expect(messageOf(conflicts[0]!, 'vi')).toContain(
      // The differing figure by its label, each file's value side by side, not the indicator's code.
      '“Xã An” có 3 báo cáo cùng kỳ với số liệu khác nhau (“a.csv”, “b.csv”, “c.csv”), khác ở: “Số người dân được hướng dẫn” 40 / 40 / 41.',
    );
    expect(messageOf(conflicts[0]!, 'en')).toContain('(“a.csv”, “b.csv”, “c.csv”); they differ in: “Số người dân được hướng dẫn” 40 / 40 / 41.');
    expect(a.notCounted.map((n) => [n.file.split('/').pop(), n.reason])).toEqual([
      ['a.csv', 'conflict'],
      ['b.csv', 'conflict'],
      ['c.csv', 'conflict'],
      ['d.csv', 'errors'],
    ]);
    expect(a.units.map((u) => u.name)).toEqual(['Xã Bình']);
  });

  it('identical three times: counted once, each copy named against the first', async () => {
    const same: FormRow[] = [[BUOI, '3']];
    const a = await aggregate(formFolder({ 'a.csv': form('Xã An', same), 'b.csv': form('xã  An', same), 'c.csv': form('XÃ AN', same) }));
    expect(a.findings.filter((f) => f.code === 'unit-repeated').map((f) => [f.file.split('/').pop(), f.params.other])).toEqual([
      ['b.csv', 'a.csv'],
      ['c.csv', 'a.csv'],
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 3, reported: 1 });
    expect(a.notCounted).toEqual([]);
  });
});

describe('the period of a run', () => {
  it('is the one most reports give; on a tie, the earliest; the one asked for wins', async () => {
    const files = {
      'a.csv': form('Xã A', [[BUOI, '1']], undefined, 'Quý II/2023'),
      'b.csv': form('Xã B', [[BUOI, '1']], undefined, 'Quý I/2023'),
      'c.csv': form('Xã C', [[BUOI, '1']], undefined, 'Quý II/2023'),
      'd.csv': form('Xã D', [[BUOI, '1']], undefined, 'Quý I/2023'),
    };
    expect((await aggregate(formFolder(files))).period?.key).toBe('2023-Q1');
    expect((await aggregate(formFolder({ ...files, 'e.csv': form('Xã E', [[BUOI, '1']], undefined, 'Quý II/2023') }))).period?.key).toBe('2023-Q2');
    const asked = await aggregate(formFolder(files), { period: parsePeriod('2023-Q2')! });
    expect(asked.period?.key).toBe('2023-Q2');
    expect(asked.notCounted.map((n) => [n.name, n.reason])).toEqual([
      ['Xã B', 'period'],
      ['Xã D', 'period'],
    ]);
    const differs = asked.findings.filter((f) => f.code === 'period-differs');
    expect(differs.map((f) => [f.unit, f.expected, f.actual])).toEqual([
      ['Xã B', '2023-Q2', '2023-Q1'],
      ['Xã D', '2023-Q2', '2023-Q1'],
    ]);
    expect(messageOf(differs[0]!, 'vi')).toBe('Báo cáo kỳ Quý I/2023, khác kỳ đang tổng hợp (Quý II/2023); không được tính.');
    expect(messageOf(differs[0]!, 'en')).toBe('The report covers Q1 2023, not the period being aggregated (Q2 2023); not counted.');
  });

  it('is none when no report gives one', async () => {
    const a = await aggregate(
      formFolder({ 'a.csv': { text: 'Đơn vị: Xã A;;;\r\n;;;\r\nSTT;Nội dung;Đơn vị tính;Số liệu\r\n1;Số buổi hội nghị, tập huấn, hướng dẫn;;2\r\n' } }),
    );
    expect(a.period).toBeNull();
    expect(a.findings.some((f) => f.code === 'period-assumed' || f.code === 'period-differs')).toBe(false);
  });
});

describe('the roster', () => {
  const unit = (ma: string, ten: string, capTren = 'Huyện Tứ Kỳ'): RosterUnit => ({ ma, ten, loai: '', capTren, tenKhac: [] });
  const roster = new RosterIndex({
    ten: 'Huyện Tứ Kỳ',
    source: 'x',
    donVi: [
      unit('298', 'Huyện Tứ Kỳ', ''),
      unit('1', 'Xã Đại Sơn'),
      unit('2', 'Xã Quang Phục'),
      unit('3', 'Xã Tân Lập'),
      unit('4', 'Xã Tân Lập', 'Huyện Gia Lộc'),
      unit('5', 'Huyện Gia Lộc', ''),
    ],
  });

  it('names each unit as it does and gives it its code; an unknown name is an error with the closest names', async () => {
    const a = await aggregate(
      formFolder({ 'a.csv': form('xã đại sơn', [[BUOI, '2']]), 'b.csv': form('Xã Quang Phuc', [[BUOI, '3']]), 'c.csv': form('Xã Quang Phụ', [[BUOI, '4']]) }),
      { roster },
    );
    expect(a.units.map((u) => [u.name, u.code])).toEqual([
      ['Xã Đại Sơn', '1'],
      ['Xã Quang Phục', '2'],
    ]);
    const unknown = a.findings.find((f) => f.code === 'unit-unknown')!;
    expect(unknown).toMatchObject({ severity: 'error', unit: 'Xã Quang Phụ', actual: 'Xã Quang Phụ', location: { line: 1 } });
    expect(unknown.params.suggestions).toEqual(['Xã Quang Phục']);
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([['Xã Quang Phụ', 'unknown-unit']]);
    expect(a.missing.map((m) => m.name)).toEqual(['Xã Tân Lập (Huyện Tứ Kỳ)', 'Xã Tân Lập (Huyện Gia Lộc)']);
  });

  it('a name two of its units share, with no code and nothing that places it: an error naming both', async () => {
    const a = await aggregate(formFolder({ 'a.csv': form('Xã Tân Lập', [[BUOI, '2']]), 'b.csv': form('Xã Tân Lập', [[BUOI, '2']], '4') }), { roster });
    const f = a.findings.find((x) => x.code === 'unit-ambiguous')!;
    expect(f).toMatchObject({ severity: 'error', unit: 'Xã Tân Lập' });
    expect(f.params.units).toEqual(['Xã Tân Lập (Huyện Tứ Kỳ)', 'Xã Tân Lập (Huyện Gia Lộc)']);
    expect(a.units.map((u) => [u.name, u.code])).toEqual([['Xã Tân Lập (Huyện Gia Lộc)', '4']]);
  });
});

describe('units in order without a roster', () => {
  it('by name without marks or case, then by code point as written', () => {
    const names = ['Xã Ấn', 'xã An', 'Xã Bình', 'Xã An', 'Phường 10', 'Phường 2'];
    expect([...names].sort(nameOrder)).toEqual(['Phường 10', 'Phường 2', 'Xã An', 'Xã Ấn', 'xã An', 'Xã Bình']);
    expect(nameOrder('Xã A', 'Xã A')).toBe(0);
  });
});

describe('what keeps a report out, and what does not', () => {
  it('three periods tied: the earliest is the run’s', async () => {
    const files = Object.fromEntries(['Quý III/2023', 'Quý I/2023', 'Quý II/2023'].map((p, i) => [`${i}.csv`, form(`Xã ${i}`, [[BUOI, '1']], undefined, p)]));
    expect((await aggregate(formFolder(files))).period?.key).toBe('2023-Q1');
  });

  it('a file that cannot be read, and a form without its unit, are named and add nothing', async () => {
    const dir = formFolder({ 'a.csv': form('Xã An', [[BUOI, '2']]), 'khong-ten.csv': { text: formCsv('', [[BUOI, '5']]).replace('Đơn vị: ;;;\r\n', '') } });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'hong.xlsx'), Buffer.from('PK\x03\x04 không phải bảng tính'));
    const a = await aggregate(dir);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 2, reported: 1 });
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([['khong-ten.csv', 'errors']]);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => [f.file.split('/').pop(), f.code])).toEqual([
      ['hong.xlsx', 'file-corrupt'],
      ['khong-ten.csv', 'unit-missing'],
    ]);
  });

  it('in a table, an error no row owns (a row of figures with no unit) keeps every row out', async () => {
    const table = ['Kỳ báo cáo: 6 tháng đầu năm 2023;;', 'STT;Đơn vị;Số buổi hội nghị, tập huấn, hướng dẫn', '1;Xã An;3', '2;;4', '3;Xã Bình;5'].join('\r\n');
    const a = await aggregate(formFolder({ 'bang.csv': { text: table } }));
    expect(a.units).toEqual([]);
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([
      ['Xã An', 'errors'],
      ['bang.csv', 'errors'],
      ['Xã Bình', 'errors'],
    ]);
  });
});
