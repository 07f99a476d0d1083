import { describe, expect, it } from 'vitest';
import { sortUnits } from '../../src/aggregate/classes.js';
import { ancestorAt, coveredUnit, groupUnits, parseLevel } from '../../src/aggregate/levels.js';
import { loadSchema } from '../../src/node/load-schema.js';
import { RosterIndex, type RosterUnit } from '../../src/settings/roster.js';
import type { ReportedValue } from '../../src/model/submission.js';
import { messageOf } from '../../src/i18n/messages.js';
import { aggregate, total } from '../support/aggregate.js';
import { formCsv, formFolder } from '../support/forms.js';

const BUOI = 'Số buổi hội nghị, tập huấn, hướng dẫn';
const NGUOI_DAN = 'Số người dân được hướng dẫn';

const values = (figures: Record<string, number | null>) =>
  new Map(
    Object.entries(figures).map(([code, value]) => [
      code,
      { code, value, status: value === null ? 'empty' : 'ok', raw: String(value ?? ''), origin: { file: 'x' }, label: code } as ReportedValue,
    ]),
  );

describe('sorting units by the clerk’s rules (phanLoai)', () => {
  const units = [
    { name: 'A', values: values({ so_buoi_tap_huan: 0 }) },
    { name: 'B', values: values({ so_buoi_tap_huan: 10 }) },
    { name: 'C', values: values({ so_buoi_tap_huan: 11 }) },
    { name: 'D', values: values({ so_buoi_tap_huan: null }) },
    { name: 'E', values: values({}) },
  ];
  const rule = (ten: string, phepSo: '<' | '<=' | '=' | '>=' | '>', giaTri: number) => ({ ten, dieuKien: [{ chiTieu: 'so_buoi_tap_huan', phepSo, giaTri }] });

  it.each([
    ['=', 10, ['B']],
    ['<', 10, ['A']],
    ['<=', 10, ['A', 'B']],
    ['>', 10, ['C']],
    ['>=', 10, ['B', 'C']],
  ] as const)('“%s %d” takes %j; a figure not reported meets no condition', (op, n, taken) => {
    const { classes, unsorted } = sortUnits(units, [rule('Nhóm', op, n)]);
    expect(classes).toEqual([{ name: 'Nhóm', units: taken }]);
    expect(unsorted).toEqual(units.map((u) => u.name).filter((u) => !(taken as readonly string[]).includes(u)));
  });

  it('each unit goes to the first group whose conditions all hold; a group without conditions takes the rest', () => {
    const rules = [
      {
        ten: 'Tích cực',
        dieuKien: [
          { chiTieu: 'so_buoi_tap_huan', phepSo: '>=' as const, giaTri: 10 },
          { chiTieu: 'so_buoi_tap_huan', phepSo: '<' as const, giaTri: 11 },
        ],
      },
      rule('Có tập huấn', '>', 0),
      { ten: 'Còn lại', dieuKien: [] },
    ];
    expect(sortUnits(units, rules)).toEqual({
      classes: [
        { name: 'Tích cực', units: ['B'] },
        { name: 'Có tập huấn', units: ['C'] },
        { name: 'Còn lại', units: ['A', 'D', 'E'] },
      ],
      unsorted: [],
    });
    expect(sortUnits(units, [])).toEqual({ classes: [], unsorted: [] });
  });
});

describe('--by: the level asked for', () => {
  it('reads it in Vietnamese and English, with or without “cấp”', () => {
    expect(['huyen', 'Huyện', 'district', 'cấp huyện', 'Quận', 'thị xã', 'CAP  HUYEN'].map(parseLevel)).toEqual(Array(7).fill('huyen'));
    expect(['tinh', 'Tỉnh', 'province', 'cấp tỉnh'].map(parseLevel)).toEqual(Array(4).fill('tinh'));
    expect(['captren', 'cấp trên', 'trên', 'parent'].map(parseLevel)).toEqual(Array(4).fill('parent'));
    expect(['xa', '', 'huyenx', 'the district'].map(parseLevel)).toEqual([null, null, null, null]);
  });
});

const unit = (ma: string, ten: string, loai: string, capTren: string): RosterUnit => ({ ma, ten, loai, capTren, tenKhac: [] });
const PROVINCE = new RosterIndex({
  ten: 'Tỉnh Hải Dương',
  source: 'x',
  donVi: [
    unit('30', 'Tỉnh Hải Dương', 'tỉnh', ''),
    unit('298', 'Huyện Tứ Kỳ', 'huyện', 'Tỉnh Hải Dương'),
    unit('292', 'Huyện Gia Lộc', 'huyện', '30'),
    unit('1', 'Xã Đại Sơn', 'xã', 'Huyện Tứ Kỳ'),
    unit('2', 'Xã Quang Phục', 'xã', 'Huyện Tứ Kỳ'),
    unit('3', 'Xã Gia Tân', 'xã', 'Huyện Gia Lộc'),
    unit('4', 'Xã Lẻ', 'xã', ''),
  ],
});

describe('the parent of a unit at a level', () => {
  it('walks the roster’s chain: the district, the province, the nearest parent', () => {
    expect(ancestorAt('Xã Đại Sơn', 'huyen', PROVINCE)).toEqual({ name: 'Huyện Tứ Kỳ', code: '298' });
    expect(ancestorAt('Xã Gia Tân', 'tinh', PROVINCE)).toEqual({ name: 'Tỉnh Hải Dương', code: '30' });
    expect(ancestorAt('Xã Gia Tân', 'parent', PROVINCE)).toEqual({ name: 'Huyện Gia Lộc', code: '292' });
    expect(ancestorAt('Xã Lẻ', 'huyen', PROVINCE)).toBeNull();
    expect(ancestorAt('Xã Lẻ', 'huyen', PROVINCE, ['Huyện Tứ Kỳ'])).toEqual({ name: 'Huyện Tứ Kỳ' });
  });

  it('without a roster, takes the folders a report is filed in, nearest first, each at the level its name says', () => {
    const folders = ['Huyện Tứ Kỳ', 'Tỉnh Hải Dương'];
    expect(ancestorAt('Xã Đại Sơn', 'huyen', undefined, folders)).toEqual({ name: 'Huyện Tứ Kỳ' });
    expect(ancestorAt('Xã Đại Sơn', 'tinh', undefined, folders)).toEqual({ name: 'Tỉnh Hải Dương' });
    expect(ancestorAt('Xã Đại Sơn', 'parent', undefined, folders)).toEqual({ name: 'Huyện Tứ Kỳ' });
    // Folders whose names say no level: the nearest for a district, the farthest for a province.
    const plain = ['nhom-1', 'dot-2', '01. Mien Bac'];
    expect(ancestorAt('Xã Đại Sơn', 'huyen', undefined, plain)).toEqual({ name: 'nhom-1' });
    expect(ancestorAt('Xã Đại Sơn', 'tinh', undefined, plain)).toEqual({ name: '01. Mien Bac' });
    // A province folder alone has no district in it.
    expect(ancestorAt('Xã Đại Sơn', 'huyen', undefined, ['Tỉnh Hải Dương'])).toBeNull();
    expect(ancestorAt('Xã Đại Sơn', 'huyen', undefined, [])).toBeNull();
  });

  it('a city is a district when something stands above it, a province when nothing does', () => {
    // Filed as Tỉnh Hải Dương/Thành phố Hải Dương/…: the city is the district.
    expect(ancestorAt('Phường Trần Phú', 'huyen', undefined, ['Thành phố Hải Dương', 'Tỉnh Hải Dương'])).toEqual({ name: 'Thành phố Hải Dương' });
    expect(ancestorAt('Phường Trần Phú', 'tinh', undefined, ['Thành phố Hải Dương', 'Tỉnh Hải Dương'])).toEqual({ name: 'Tỉnh Hải Dương' });
    // Filed as Thành phố Hà Nội/Quận Ba Đình/…: the city is the province.
    expect(ancestorAt('Phường Kim Mã', 'tinh', undefined, ['Quận Ba Đình', 'Thành phố Hà Nội'])).toEqual({ name: 'Thành phố Hà Nội' });
    expect(ancestorAt('Phường Kim Mã', 'huyen', undefined, ['Quận Ba Đình', 'Thành phố Hà Nội'])).toEqual({ name: 'Quận Ba Đình' });
    expect(ancestorAt('Phường Kim Mã', 'tinh', undefined, ['Thành phố Hà Nội'])).toEqual({ name: 'Thành phố Hà Nội' });
    // In a roster: a city with a parent row is a district; one without, a province.
    const roster = new RosterIndex({
      ten: '',
      source: 'x',
      donVi: [
        unit('30', 'Tỉnh Hải Dương', 'tỉnh', ''),
        unit('288', 'Thành phố Hải Dương', '', 'Tỉnh Hải Dương'),
        unit('1', 'Phường Trần Phú', 'phường', 'Thành phố Hải Dương'),
        unit('01', 'Thành phố Hà Nội', '', ''),
        unit('2', 'Phường Kim Mã', 'phường', 'Thành phố Hà Nội'),
      ],
    });
    expect(ancestorAt('Phường Trần Phú', 'huyen', roster)).toEqual({ name: 'Thành phố Hải Dương', code: '288' });
    expect(ancestorAt('Phường Kim Mã', 'tinh', roster)).toEqual({ name: 'Thành phố Hà Nội', code: '01' });
    expect(ancestorAt('Phường Kim Mã', 'huyen', roster)).toBeNull();
  });

  it('a parent the roster names but does not list is still the parent, by its name', () => {
    const partial = new RosterIndex({ ten: '', source: 'x', donVi: [unit('1', 'Xã A', 'xã', 'Huyện Không Có Trong Danh Sách')] });
    expect(ancestorAt('Xã A', 'huyen', partial)).toEqual({ name: 'Huyện Không Có Trong Danh Sách' });
    expect(ancestorAt('Xã A', 'parent', partial)).toEqual({ name: 'Huyện Không Có Trong Danh Sách' });
  });

  it('stops on a roster whose parents name each other in a loop', () => {
    const loop = new RosterIndex({
      ten: '',
      source: 'x',
      donVi: [unit('1', 'Xã A', 'xã', 'Huyện B'), unit('2', 'Huyện B', 'huyện', 'Huyện C'), unit('3', 'Huyện C', 'huyện', 'Huyện B')],
    });
    expect(ancestorAt('Xã A', 'huyen', loop)).toEqual({ name: 'Huyện B', code: '2' });
    expect(ancestorAt('Xã A', 'tinh', loop)).toBeNull();
  });
});

describe('groups with subtotals', () => {
  it('communes under their districts in roster order, subtotals summing only what was reported, the unplaced apart', async () => {
    const { schema } = await loadSchema();
    const u = (name: string, buoi: number | null, file = `${name}.csv`) => ({ name, file, notes: [], values: values({ so_buoi_tap_huan: buoi }) });
    const { grouping, parentOf, findings } = groupUnits(
      [u('Xã Đại Sơn', 3), u('Xã Gia Tân', 5), u('Xã Quang Phục', null), u('Xã Lẻ', 2)],
      'huyen',
      PROVINCE,
      schema,
    );
    expect(grouping.level).toBe('huyen');
    expect(grouping.groups.map((g) => [g.name, g.code, g.units])).toEqual([
      ['Huyện Tứ Kỳ', '298', ['Xã Đại Sơn', 'Xã Quang Phục']],
      ['Huyện Gia Lộc', '292', ['Xã Gia Tân']],
      ['Chưa rõ đơn vị cấp trên', undefined, ['Xã Lẻ']],
    ]);
    expect(grouping.groups[0]!.totals.find((t) => t.code === 'so_buoi_tap_huan')).toMatchObject({ value: 3, reported: 1 });
    expect(parentOf.get('Xã Quang Phục')).toBe('Huyện Tứ Kỳ');
    expect(findings.map((f) => [f.code, f.unit, f.severity])).toEqual([['parent-unknown', 'Xã Lẻ', 'warning']]);
    expect(messageOf(findings[0]!, 'vi')).toContain('đơn vị cấp huyện của “Xã Lẻ”');
    expect(messageOf(findings[0]!, 'en')).toContain('district');
  });

  it('says which level it could not find, in both languages', async () => {
    const { schema } = await loadSchema();
    const lone = [{ name: 'Xã Lẻ', file: 'le.csv', notes: [], values: values({ so_buoi_tap_huan: 1 }) }];
    const said = (['huyen', 'tinh', 'parent'] as const).map((level) => {
      const f = groupUnits(lone, level, PROVINCE, schema).findings[0]!;
      return [messageOf(f, 'vi'), messageOf(f, 'en')];
    });
    expect(said.map(([vi]) => /cấp (\S+) của/.exec(vi!)![1])).toEqual(['huyện', 'tỉnh', 'trên']);
    expect(said[0]![1]).toContain('district');
    expect(said[1]![1]).toContain('province');
    expect(said[2]![1]).toContain('parent unit');
  });

  it('without a roster, groups by folder name with numbers as numbers, the unplaced last', async () => {
    const { schema } = await loadSchema();
    const u = (name: string, parent: string | undefined) => ({
      name,
      file: 'f',
      notes: [],
      values: values({ so_buoi_tap_huan: 1 }),
      ...(parent ? { fileParents: [parent] } : {}),
    });
    const { grouping } = groupUnits(
      [u('Xã A', '10. Tỉnh K'), u('Xã B', undefined), u('Xã C', '2. Tỉnh H'), u('Xã D', '2. Tỉnh H'), u('Xã E', 'Tỉnh Bắc Ninh'), u('Xã F', 'Tỉnh An Giang')],
      'tinh',
      undefined,
      schema,
    );
    expect(grouping.groups.map((g) => [g.name, g.units])).toEqual([
      ['2. Tỉnh H', ['Xã C', 'Xã D']],
      ['10. Tỉnh K', ['Xã A']],
      ['Tỉnh An Giang', ['Xã F']],
      ['Tỉnh Bắc Ninh', ['Xã E']],
      ['Chưa rõ đơn vị cấp trên', ['Xã B']],
    ]);
    // Last however the units come: the unplaced met last, or first.
    for (const order of [
      ['Xã F', 'Xã E', 'Xã B'],
      ['Xã B', 'Xã F', 'Xã E'],
    ]) {
      const again = groupUnits(
        order.map((n) => u(n, n === 'Xã B' ? undefined : n === 'Xã E' ? 'Tỉnh Bắc Ninh' : 'Tỉnh An Giang')),
        'tinh',
        undefined,
        schema,
      );
      expect(again.grouping.groups.map((g) => g.name)).toEqual(['Tỉnh An Giang', 'Tỉnh Bắc Ninh', 'Chưa rõ đơn vị cấp trên']);
    }
  });

  it('numbers compared as numbers, then as written; a name that goes on after another comes after it', async () => {
    const { schema } = await loadSchema();
    const names = ['Nhóm 2 Bắc', 'Nhóm 10', 'Nhóm 02', 'Nhóm 2', 'Nhóm 1b', 'Nhóm 1a', 'Nhóm'];
    const { grouping } = groupUnits(
      names.map((n, i) => ({ name: `Xã ${i}`, file: 'f', notes: [], values: values({}), fileParents: [n] })),
      'parent',
      undefined,
      schema,
    );
    expect(grouping.groups.map((g) => g.name)).toEqual(['Nhóm', 'Nhóm 1a', 'Nhóm 1b', 'Nhóm 02', 'Nhóm 2', 'Nhóm 2 Bắc', 'Nhóm 10']);
  });

  it('the unit an aggregate covers: the one configured, else the one parent all reporting units share', () => {
    expect(coveredUnit('Tỉnh Hải Dương', undefined)).toBe('Tỉnh Hải Dương');
    expect(coveredUnit('', undefined)).toBeNull();
    expect(coveredUnit('', PROVINCE)).toBeNull(); // Xã Lẻ has none, the others two districts
    const one = new RosterIndex({
      ten: '',
      source: 'x',
      donVi: [unit('298', 'Huyện Tứ Kỳ', 'huyện', ''), unit('1', 'Xã Đại Sơn', 'xã', 'Huyện Tứ Kỳ'), unit('2', 'Xã Quang Phục', 'xã', 'Huyện Tứ Kỳ')],
    });
    expect(coveredUnit('', one)).toBe('Huyện Tứ Kỳ');
    const named = new RosterIndex({
      ten: '',
      source: 'x',
      donVi: [unit('1', 'Xã Đại Sơn', 'xã', 'Huyện Tứ Kỳ '), unit('2', 'Xã Quang Phục', 'xã', 'Huyện Tứ Kỳ')],
    });
    expect(coveredUnit('', named)).toBe('Huyện Tứ Kỳ');
  });
});

describe('--by through a folder of forms', () => {
  it('a province’s communes grouped under their districts: subtotals add up to the total', async () => {
    const dir = formFolder({
      'dai-son.csv': {
        text: formCsv('Xã Đại Sơn', [
          [BUOI, '3'],
          [NGUOI_DAN, '100'],
        ]),
      },
      'quang-phuc.csv': { text: formCsv('Xã Quang Phục', [[BUOI, '4']]) },
      'gia-tan.csv': {
        text: formCsv('Xã Gia Tân', [
          [BUOI, '5'],
          [NGUOI_DAN, '70'],
        ]),
      },
    });
    const a = await aggregate(dir, { roster: PROVINCE, by: 'huyen' });
    expect(a.grouping!.groups.map((g) => [g.name, g.totals.find((t) => t.code === 'so_buoi_tap_huan')!.value])).toEqual([
      ['Huyện Tứ Kỳ', 7],
      ['Huyện Gia Lộc', 5],
    ]);
    expect(total(a, 'so_buoi_tap_huan')).toEqual({ value: 12, reported: 3 });
    expect(a.units.map((u) => [u.name, u.parent])).toEqual([
      ['Xã Đại Sơn', 'Huyện Tứ Kỳ'],
      ['Xã Quang Phục', 'Huyện Tứ Kỳ'],
      ['Xã Gia Tân', 'Huyện Gia Lộc'],
    ]);
    expect(a.missing).toEqual([{ name: 'Xã Lẻ', code: '4' }]);
  });
});
