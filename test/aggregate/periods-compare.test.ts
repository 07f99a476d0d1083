import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeOf } from '../../src/aggregate/compare.js';
import { previousFromAggregate } from '../../src/aggregate/previous.js';
import { messageOf } from '../../src/i18n/messages.js';
import { RosterIndex } from '../../src/settings/roster.js';
import { aggregate } from '../support/aggregate.js';
import { formCsv, formFolder, type FormRow } from '../support/forms.js';

const TO_XA = 'Số Tổ CNSCĐ cấp xã';
const BUOI = 'Số buổi hội nghị, tập huấn, hướng dẫn';
const DVCTT = 'Số tài khoản dịch vụ công trực tuyến (DVCTT) được tạo';
const THANH_VIEN = 'Số thành viên Tổ CNSCĐ';

/** Three districts' forms of one period; Ninh Giang is new in 2023 and Thanh Hà sent nothing in 2023. */
function year(y: number, forms: Record<string, FormRow[]>): string {
  return formFolder(Object.fromEntries(Object.entries(forms).map(([unit, rows], i) => [`${i}.csv`, { text: formCsv(unit, rows, `Năm ${y}`) }])));
}

const Y2022 = {
  'Huyện Tứ Kỳ': [
    [TO_XA, '27'],
    [BUOI, '40'],
    [DVCTT, '1.000'],
    [THANH_VIEN, '750'],
  ],
  'Huyện Gia Lộc': [
    [TO_XA, '20'],
    [BUOI, '0'],
    [DVCTT, '500'],
    [THANH_VIEN, '600'],
  ],
  'Huyện Thanh Hà': [
    [TO_XA, '25'],
    [BUOI, '10'],
  ],
} satisfies Record<string, FormRow[]>;
const Y2023 = {
  'Huyện Tứ Kỳ': [
    [TO_XA, '27'],
    [BUOI, '23'],
    [DVCTT, '1.500'],
    [THANH_VIEN, '615'],
  ],
  'Huyện Gia Lộc': [
    [TO_XA, '20'],
    [BUOI, '12'],
    [DVCTT, '499'],
    [THANH_VIEN, '600'],
  ],
  'Huyện Ninh Giang': [
    [TO_XA, '28'],
    [BUOI, '5'],
  ],
} satisfies Record<string, FormRow[]>;

describe('--previous: this period against the last, unit by unit', () => {
  it('gives each total and unit figure its change; a count that only grows and fell is a warning at its cell', async () => {
    const before = await aggregate(year(2022, Y2022));
    const a = await aggregate(year(2023, Y2023), { previous: previousFromAggregate(before, 'nam-2022') });
    const c = a.comparison!;
    expect(c.period?.key).toBe('2022');
    expect(c.source).toBe('nam-2022');
    // Totals over the units each period counted: 72 → 75 teams, 50 → 40 sessions, 1.500 → 1.999 accounts.
    expect(c.totals.so_to_cap_xa).toEqual({ previous: 72, current: 75, change: 3, percent: (3 / 72) * 100 });
    expect(c.totals.so_buoi_tap_huan).toEqual({ previous: 50, current: 40, change: -10, percent: -20 });
    expect(c.totals.so_tai_khoan_dvctt).toEqual({ previous: 1500, current: 1999, change: 499, percent: (499 / 1500) * 100 });
    // Gia Lộc held no session in 2022: no percent from 0.
    expect(c.units['Huyện Gia Lộc']!.so_buoi_tap_huan).toEqual({ previous: 0, current: 12, change: 12, percent: null });
    expect(c.units['Huyện Tứ Kỳ']!.so_thanh_vien).toEqual({ previous: 750, current: 615, change: -135, percent: -18 });
    // An indicator one period lacks has no change.
    expect(c.units['Huyện Gia Lộc']!.so_nguoi_dan_duoc_huong_dan).toBeUndefined();
    expect(c.newUnits).toEqual(['Huyện Ninh Giang']);
    // Only figures both periods have are compared.
    expect(Object.keys(c.totals).sort()).toEqual(['so_buoi_tap_huan', 'so_tai_khoan_dvctt', 'so_thanh_vien', 'so_to_cap_xa']);
    for (const f of a.findings) expect(messageOf(f, 'vi')).not.toBe('');
    expect(Object.keys(c.units).sort()).toEqual(['Huyện Gia Lộc', 'Huyện Tứ Kỳ']);
    // Sessions fell in Tứ Kỳ too, but sessions are not a count that only grows: no warning for them.
    const fell = a.findings.filter((f) => f.code === 'value-decreased');
    expect(fell.map((f) => [f.unit, f.indicator, f.expected, f.actual, f.severity, f.location?.line])).toEqual([
      ['Huyện Tứ Kỳ', 'so_thanh_vien', 750, 615, 'warning', 8],
      ['Huyện Gia Lộc', 'so_tai_khoan_dvctt', 500, 499, 'warning', 7],
    ]);
    expect(messageOf(fell[0]!, 'vi')).toBe(
      'Huyện Tứ Kỳ — “Số thành viên Tổ CNSCĐ” giảm từ 750 (năm 2022) xuống 615, trong khi chỉ tiêu này chỉ tăng dần. Kiểm tra lại số liệu với đơn vị.',
    );
    expect(messageOf(fell[0]!, 'en')).toContain('year 2022');
    // Compared, never changed.
    expect(a.totals.find((t) => t.code === 'so_thanh_vien')!.value).toBe(1215);
  });

  it('finds a unit by its code first, then by the roster, then by its name without its prefix', async () => {
    const roster = new RosterIndex({
      ten: 'Tỉnh Hải Dương',
      source: 'don-vi.json',
      donVi: [
        { ma: '298', ten: 'Huyện Tứ Kỳ', loai: 'huyện', capTren: '', tenKhac: ['TK'] },
        { ma: '292', ten: 'Huyện Gia Lộc', loai: 'huyện', capTren: '', tenKhac: [] },
      ],
    });
    const a = await aggregate(year(2023, { 'Huyện Tứ Kỳ': [[THANH_VIEN, '615']], 'Huyện Gia Lộc': [[THANH_VIEN, '600']] }), {
      roster,
      previous: {
        period: null,
        source: 'x',
        totals: new Map([['so_thanh_vien', 1350]]),
        units: [
          // Written as the roster's other name, and by its code under another name.
          { name: 'TK', values: new Map([['so_thanh_vien', 750]]) },
          { name: 'Gia Lộc (cũ)', code: '292', values: new Map([['so_thanh_vien', 610]]) },
        ],
      },
    });
    expect(a.comparison!.units['Huyện Tứ Kỳ']!.so_thanh_vien!.previous).toBe(750);
    expect(a.comparison!.units['Huyện Gia Lộc']!.so_thanh_vien!.previous).toBe(610);
    expect(a.comparison!.newUnits).toEqual([]);
    // Without a period, the message says “kỳ trước”.
    expect(messageOf(a.findings.find((f) => f.code === 'value-decreased' && f.unit === 'Huyện Tứ Kỳ')!, 'vi')).toContain('(kỳ trước)');
    expect(messageOf(a.findings.find((f) => f.code === 'value-decreased' && f.unit === 'Huyện Tứ Kỳ')!, 'en')).toContain('the previous period');
  });

  it('changeOf: nothing unless both periods have the figure; no percent from 0', () => {
    expect(changeOf(null, 5)).toBeNull();
    expect(changeOf(5, undefined)).toBeNull();
    expect(changeOf(undefined, 5)).toBeNull();
    expect(changeOf(5, null)).toBeNull();
    expect(changeOf(0, 0)).toEqual({ previous: 0, current: 0, change: 0, percent: null });
    expect(changeOf(8, 6)).toEqual({ previous: 8, current: 6, change: -2, percent: -25 });
    expect(changeOf(4, 4)).toEqual({ previous: 4, current: 4, change: 0, percent: 0 });
  });
});

describe('no warning for a count that stayed the same', () => {
  it('27 teams both years: a change of 0, no value-decreased', async () => {
    const before = await aggregate(year(2022, { 'Huyện Tứ Kỳ': [[TO_XA, '27']] }));
    const a = await aggregate(year(2023, { 'Huyện Tứ Kỳ': [[TO_XA, '27']] }), { previous: previousFromAggregate(before, join('a', 'b')) });
    expect(a.comparison!.units['Huyện Tứ Kỳ']!.so_to_cap_xa).toEqual({ previous: 27, current: 27, change: 0, percent: 0 });
    expect(a.findings.filter((f) => f.code === 'value-decreased')).toEqual([]);
  });
});

describe('a previous period of another length', () => {
  it('compares running totals (teams, members, accounts) but not the figures counted over the period, and says so', async () => {
    const { composeReport } = await import('../../src/render/report/compose.js');
    const { loadReportConfig, loadWording } = await import('../../src/node/load-settings.js');
    const root = new URL('../../fixtures/tu-ky-hai-ky/', import.meta.url).pathname;
    const year = await aggregate(`${root}nam-2022`);
    const half = await aggregate(`${root}6-thang-2023`, { previous: previousFromAggregate(year, 'nam-2022') });
    const c = half.comparison!;
    expect(c.notCompared).toEqual(['so_buoi_tap_huan', 'so_thanh_vien_duoc_tap_huan', 'so_nguoi_dan_duoc_huong_dan']);
    expect(c.totals.so_thanh_vien).toMatchObject({ previous: 750, current: 615 });
    expect(c.totals.so_buoi_tap_huan).toBeUndefined();
    expect(Object.values(c.units).every((u) => u.so_nguoi_dan_duoc_huong_dan === undefined)).toBe(true);
    const { config } = await loadReportConfig(undefined, root, {}, 'vi');
    const texts = composeReport(half, config, await loadWording(undefined, 'vi'))
      .body.filter((b) => b.kind === 'para')
      .map((b) => (b as { text: string }).text);
    expect(texts).toContain(
      'Các chỉ tiêu tính riêng trong từng kỳ (số buổi hội nghị, tập huấn, hướng dẫn; số thành viên của Tổ được tập huấn; số người dân được hướng dẫn) không so sánh với năm 2022 vì hai kỳ dài ngắn khác nhau.',
    );
    expect(texts.some((t) => /số người dân được hướng dẫn (tăng|giảm)/.test(t))).toBe(false);
  });
});
