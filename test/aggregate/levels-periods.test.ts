import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { robustScores } from '../../src/aggregate/doubts.js';
import { ancestorAt, parseLevel } from '../../src/aggregate/levels.js';
import { parsePeriod } from '../../src/interpret/period.js';
import { endsBefore } from '../../src/model/period.js';
import { RosterIndex } from '../../src/settings/roster.js';
import { aggregate, DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';
import { STARTER_CONFIG } from '../../src/settings/starter-files.js';
// The generator's own figures: what the tree's totals and subtotals must be, computed apart from the tool.
import { COMMUNES, communeFigures, DISTRICTS as TREE_DISTRICTS, PLANTED } from '../../fixtures/levels-figures.mjs';

const TREE = join(ROOT, 'fixtures', 'cay-don-vi');
const COMMUNE_ROSTER = join(TREE, 'don-vi-xa.csv');
const DISTRICT_ROSTER = join(TREE, 'don-vi-huyen.json');

interface Doc {
  totals: Record<string, { value: number | null; previous?: number; change?: number; percent?: number | null }>;
  units: {
    name: string;
    parent?: string | null;
    values: Record<string, { value: number | null }>;
    changes?: Record<string, { previous: number; change: number; percent: number | null }>;
  }[];
  groups: { level: string; groups: { name: string; units: string[]; totals: Record<string, { value: number | null }> }[] } | null;
  previous: { period: string | null } | null;
  findings: { code: string; unit?: string; indicator?: string; rule?: string; expected?: unknown; actual?: unknown; severity: string; message: string }[];
  doubtful: { code: string; unit: string | null }[];
  classes: { name: string; units: string[] }[];
  missing: unknown[];
}

function run(args: string[]): Doc {
  const r = cnscd(['aggregate', ...args, '--json']);
  expect(r.code, r.stderr).toBeLessThan(2);
  return JSON.parse(r.stdout) as Doc;
}

/** All of one period's commune files in one flat folder (the province's single run). */
function flat(year: string): string {
  const dir = join(tempDir('cnscd-flat-'), `xa-${year}`);
  mkdirSync(dir, { recursive: true });
  for (const d of readdirSync(join(TREE, year))) for (const f of readdirSync(join(TREE, year, d))) copyFileSync(join(TREE, year, d, f), join(dir, f));
  return dir;
}

/** The 2023 figures as the generator made them, planted outlier included. */
function expected2023(): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  COMMUNES.forEach(([, name, , size], i) => {
    const v = communeFigures(i, size, 2023) as Record<string, number>;
    if (name === PLANTED.outlier.unit) v[PLANTED.outlier.code]! *= PLANTED.outlier.factor;
    if (name === PLANTED.decrease.unit) v[PLANTED.decrease.code] = PLANTED.decrease.to2023;
    out.set(name, v);
  });
  return out;
}

describe('levels: communes under their districts', () => {
  let routeA: Doc;
  let routeB: Doc;
  let routeBCommunes: Doc;
  beforeAll(() => {
    routeA = run([flat('2023'), '--roster', COMMUNE_ROSTER, '--by', 'huyen', '--out', tempDir()]);
    // Route B: each district aggregates its communes; the province aggregates the districts' tong-hop.xlsx.
    const province = tempDir('cnscd-province-');
    for (const d of TREE_DISTRICTS) {
      const out = tempDir();
      const r = cnscd(['aggregate', join(TREE, '2023', d.folder), '--roster', join(TREE, `don-vi-${d.folder}.csv`), '--out', out]);
      expect(r.code, r.stdout).toBe(0);
      copyFileSync(join(out, 'tong-hop.xlsx'), join(province, `${d.folder}.xlsx`));
    }
    routeB = run([province, '--roster', DISTRICT_ROSTER, '--out', tempDir()]);
    routeBCommunes = run([province, '--roster', COMMUNE_ROSTER, '--by', 'huyen', '--out', tempDir()]);
  }, 120_000);

  it('groups each commune under its district, subtotals equal to the generator’s sums, the grand total their sum', () => {
    const figures = expected2023();
    expect(routeA.groups!.level).toBe('huyen');
    expect(routeA.groups!.groups.map((g) => g.name)).toEqual(['Huyện Tứ Kỳ', 'Huyện Gia Lộc']);
    for (const g of routeA.groups!.groups) {
      const members = COMMUNES.filter((c) => c[2] === g.name).map((c) => c[1]);
      expect(g.units).toEqual(members);
      for (const code of Object.keys(figures.get(members[0]!)!)) {
        expect(g.totals[code]!.value, `${g.name} ${code}`).toBe(members.reduce((s, m) => s + figures.get(m)![code]!, 0));
      }
    }
    for (const [code, t] of Object.entries(routeA.totals)) {
      const sum = routeA.groups!.groups.reduce((s, g) => s + (g.totals[code]!.value ?? 0), 0);
      expect(t.value ?? 0).toBe(sum);
    }
    // The district town shares its district's name and is still a commune of it, not the district.
    expect(routeA.units.find((u) => u.name === 'Thị trấn Tứ Kỳ')!.parent).toBe('Huyện Tứ Kỳ');
    expect(routeA.missing).toEqual([]);
  });

  it('the two routes agree to the unit: the districts’ workbooks read as the districts’ reports, or as their communes', () => {
    for (const g of routeA.groups!.groups) {
      const district = routeB.units.find((u) => u.name === g.name)!;
      for (const [code, t] of Object.entries(g.totals)) expect(district.values[code]?.value ?? null, `${g.name} ${code}`).toBe(t.value);
    }
    expect(routeB.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const [code, t] of Object.entries(routeA.totals)) expect(routeB.totals[code]!.value).toBe(t.value);
    expect(routeBCommunes.groups).toEqual(routeA.groups);
    expect(routeBCommunes.units.map((u) => [u.name, u.parent])).toEqual(routeA.units.map((u) => [u.name, u.parent]));
  });

  it('without a roster, a district workbook’s “Đơn vị:” line is its rows’ parent', () => {
    const province = tempDir('cnscd-province-');
    for (const d of TREE_DISTRICTS) {
      const out = tempDir();
      cnscd(['aggregate', join(TREE, '2023', d.folder), '--roster', join(TREE, `don-vi-${d.folder}.csv`), '--out', out]);
      copyFileSync(join(out, 'tong-hop.xlsx'), join(province, `${d.folder}.xlsx`));
    }
    const doc = run([province, '--by', 'huyen', '--out', tempDir()]);
    const byName = new Map(doc.groups!.groups.map((g) => [g.name, g]));
    for (const g of routeA.groups!.groups) expect(byName.get(g.name)!.totals).toEqual(g.totals);
  });

  it('the appendix shows each group bold with its subtotal before its units, and the grand total', async () => {
    const out = tempDir();
    cnscd(['aggregate', flat('2023'), '--roster', COMMUNE_ROSTER, '--by', 'huyen', '--out', out]);
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]));
    const tk = rows.findIndex((r) => r[0] === 'I' && r[1] === 'Huyện Tứ Kỳ');
    expect(tk).toBeGreaterThan(0);
    expect(rows[tk + 1]!.slice(0, 2)).toEqual(['1', 'Thị trấn Tứ Kỳ']);
    expect(rows[tk + 5]!.slice(0, 2)).toEqual(['II', 'Huyện Gia Lộc']);
    expect(rows.some((r) => r[0] === 'Tổng cộng')).toBe(true);
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t>Huyện Tứ Kỳ</);
  });
});

describe('periods: --previous', () => {
  it('compares every total and unit figure, and flags the count that fell (and nothing else)', () => {
    const before = tempDir();
    run([flat('2022'), '--roster', COMMUNE_ROSTER, '--out', before]);
    const viaJson = run([flat('2023'), '--roster', COMMUNE_ROSTER, '--previous', join(before, 'tong-hop.json'), '--out', tempDir()]);
    const viaFolder = run([flat('2023'), '--roster', COMMUNE_ROSTER, '--previous', flat('2022'), '--out', tempDir()]);
    for (const doc of [viaJson, viaFolder]) {
      expect(doc.previous!.period).toBe('2022');
      // Against the generator's figures of both periods, not the tool's own arithmetic.
      const members2022 = COMMUNES.reduce(
        (sum, [, name, , size], i) => sum + (name === PLANTED.decrease.unit ? PLANTED.decrease.from2022 : communeFigures(i, size, 2022).so_thanh_vien!),
        0,
      );
      const members2023 = [...expected2023().values()].reduce((sum, v) => sum + v.so_thanh_vien!, 0);
      expect(doc.totals.so_thanh_vien).toMatchObject({ value: members2023, previous: members2022, change: members2023 - members2022 });
      const hd = doc.units.find((u) => u.name === PLANTED.decrease.unit)!;
      expect(hd.changes!.so_thanh_vien).toEqual({ previous: 40, change: -2, percent: -5 });
      const falls = doc.findings.filter((f) => f.code === 'value-decreased');
      expect(falls.map((f) => [f.unit, f.indicator, f.expected, f.actual])).toEqual([[PLANTED.decrease.unit, 'so_thanh_vien', 40, 38]]);
      expect(falls[0]!.severity).toBe('warning');
    }
    expect(viaFolder.totals).toEqual(viaJson.totals);
  });

  it('seed 000 → seed 001: Tứ Kỳ’s team fell from 750 to 615 members, in the report’s words too', async () => {
    const out = tempDir();
    const r = cnscd([
      'aggregate',
      join(ROOT, 'fixtures', 'tu-ky-hai-ky', '6-thang-2023'),
      '--previous',
      join(ROOT, 'fixtures', 'tu-ky-hai-ky', 'nam-2022'),
      '--out',
      out,
      '--json',
    ]);
    const doc = JSON.parse(r.stdout) as Doc;
    const fall = doc.findings.filter((f) => f.code === 'value-decreased');
    expect(fall.map((f) => [f.indicator, f.expected, f.actual])).toEqual([['so_thanh_vien', 750, 615]]);
    expect(fall[0]!.message).toContain('giảm từ 750 (năm 2022) xuống 615');
    expect(doc.totals.so_tai_khoan_dvctt).toMatchObject({ value: 15352, previous: 14957, change: 395, percent: 2.6 });
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('So với năm 2022:');
    expect(text).toContain('số thành viên Tổ CNSCĐ giảm 18,0% (từ 750 xuống 615)');
    expect(text).toContain('tăng 2,6% (từ 14.957 lên 15.352)');
    expect(text).toContain('+395 (+2,6%)');
    // The fall is among the figures the units are asked to check, said without statistics.
    expect(text).toContain('Số liệu của 1 đơn vị chênh lệch nhiều so với các đơn vị khác hoặc giảm so với kỳ trước');
  });

  it('refuses a --previous of the same period or a later one, and writes nothing', () => {
    // This period's own tong-hop.json given as the previous one, and 2022 compared with the first half of 2023, the wrong way round.
    const now = tempDir();
    run([flat('2023'), '--roster', COMMUNE_ROSTER, '--out', now]);
    const cases = [
      [flat('2023'), join(now, 'tong-hop.json'), '6 tháng đầu năm 2023, không phải của một kỳ trước 6 tháng đầu năm 2023'],
      [flat('2022'), flat('2023'), '6 tháng đầu năm 2023, không phải của một kỳ trước năm 2022'],
    ] as const;
    for (const [folder, previous, says] of cases) {
      const out = join(tempDir(), 'ket-qua');
      const r = cnscd(['aggregate', folder, '--roster', COMMUNE_ROSTER, '--previous', previous, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr.replace(/\s+/g, ' ')).toContain(says);
      expect(existsSync(out)).toBe(false);
    }
    // A previous period is one that ends before this one ends, even one within it (the first half, against the year).
    expect(endsBefore(parsePeriod('2023-H1')!, parsePeriod('2023')!)).toBe(true);
    expect(endsBefore(parsePeriod('2023')!, parsePeriod('2023-H2')!)).toBe(false);
    expect(endsBefore(parsePeriod('2022-12')!, parsePeriod('2023-01')!)).toBe(true);
  });

  it('refuses a --previous that is neither a tong-hop.json nor a folder, saying what it takes', () => {
    const bad = join(tempDir(), 'khac.json');
    writeFileSync(bad, '{"a": 1}');
    const r = cnscd(['aggregate', DISTRICTS, '--previous', bad, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('generator');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('doubtful figures', () => {
  it('seed 003: Gia Lộc’s 10.963 DVCTT accounts for 438 citizens, and Thành phố Hải Dương’s 50 citizens for 1.038 members', async () => {
    const a = await aggregate(DISTRICTS, { roster: ROSTER });
    const ratio = a.findings.filter((f) => f.code === 'ratio-outlier').map((f) => [f.unit, f.rule]);
    expect(ratio).toContainEqual(['Huyện Gia Lộc', 'dvctt-tren-nguoi-dan']);
    expect(ratio).toContainEqual(['Thành phố Hải Dương', 'nguoi-dan-tren-thanh-vien']);
    const gl = a.findings.find((f) => f.code === 'ratio-outlier' && f.unit === 'Huyện Gia Lộc' && f.rule === 'dvctt-tren-nguoi-dan')!;
    expect(gl.params).toMatchObject({ numerator: 10963, denominator: 438, direction: 'high' });
    expect(gl.severity).toBe('warning');
    // Flagged, never changed.
    expect(a.totals.find((t) => t.code === 'so_tai_khoan_dvctt')!.value).toBe(198353);
  });

  it('the planted outlier among eight clean communes is the only unit flagged', () => {
    const doc = run([flat('2023'), '--roster', COMMUNE_ROSTER, '--out', tempDir()]);
    expect(new Set(doc.doubtful.map((d) => d.unit))).toEqual(new Set([PLANTED.outlier.unit]));
    expect(doc.findings.find((f) => f.code === 'value-outlier')!.indicator).toBe(PLANTED.outlier.code);
    // The 2022 figures hold nothing planted: nothing flagged.
    expect(run([flat('2022'), '--roster', COMMUNE_ROSTER, '--out', tempDir()]).doubtful).toEqual([]);
  });

  it('robust scores: a figure a hundred times the others stands far out; equal figures stand nowhere', () => {
    const { scores } = robustScores([100, 110, 95, 120, 105, 10000]);
    expect(scores[5]!).toBeGreaterThan(10);
    expect(Math.max(...scores.slice(0, 5).map(Math.abs))).toBeLessThan(2);
    expect(robustScores([5, 5, 5, 5, 5]).scores.every((z) => z === 0)).toBe(true);
  });

  it('robust scores are, to the last bit, the formula written out plainly, on random figures with many ties', () => {
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const n = s.length;
      return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
    };
    const plain = (xs: number[]) => {
      const logs = xs.map((x) => Math.log(x));
      const med = median(logs);
      const dev = logs.map((l) => Math.abs(l - med));
      let scale = 1.4826 * median(dev);
      if (scale === 0) scale = 1.2533 * (dev.reduce((s, d) => s + d, 0) / dev.length);
      return { scores: logs.map((l) => (scale === 0 ? 0 : (l - med) / scale)), median: median(xs) };
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 60);
      const spread = [3, 50, 1e6][round % 3]!; // few distinct figures (ties, a zero MAD) to many
      const xs = Array.from({ length: n }, () => 1 + Math.floor(random() * spread) + (round % 5 === 0 ? random() : 0));
      expect(robustScores(xs), xs.join(' ')).toEqual(plain(xs));
    }
  });
});

describe('sorting units by the config’s rules', () => {
  it('sorts seed 003’s districts as its part III does: 7 active, 3 not yet widespread, 2 without training', () => {
    const dir = join(tempDir(), 'bao-cao');
    cpSync(DISTRICTS, dir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'cnscd.config.json'), 'utf8'));
    // The rules `cnscd init` writes as its example.
    config.phanLoai = STARTER_CONFIG.phanLoai;
    writeFileSync(join(dir, 'cnscd.config.json'), JSON.stringify(config));
    const doc = run([dir, '--roster', ROSTER, '--out', tempDir()]);
    expect(doc.classes.map((c) => c.units.length)).toEqual([7, 3, 2]);
    expect(doc.classes[2]!.units.sort()).toEqual(['Huyện Thanh Hà', 'Thị xã Kinh Môn']);
    expect(doc.classes[1]!.units.sort()).toEqual(['Huyện Bình Giang', 'Huyện Kim Thành', 'Thành phố Chí Linh']);
  });

  it('a rule naming an indicator the schema lacks is a clear settings error', () => {
    const dir = join(tempDir(), 'bao-cao');
    cpSync(DISTRICTS, dir, { recursive: true });
    writeFileSync(join(dir, 'cnscd.config.json'), JSON.stringify({ phanLoai: [{ ten: 'x', dieuKien: [{ chiTieu: 'so_buoi', phepSo: '=', giaTri: 0 }] }] }));
    const r = cnscd(['aggregate', dir, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phanLoai[0].dieuKien[0].chiTieu');
  });
});

describe('levels from a roster', () => {
  it('reads --by in Vietnamese and English', () => {
    expect(['huyen', 'Huyện', 'district', 'cấp huyện'].map(parseLevel)).toEqual(['huyen', 'huyen', 'huyen', 'huyen']);
    expect(['tinh', 'province', 'captren', 'parent', 'xyz'].map(parseLevel)).toEqual(['tinh', 'tinh', 'parent', 'parent', null]);
  });

  it('walks up the chain to the level asked for, and keeps a town apart from its district of the same name', () => {
    const roster = new RosterIndex({
      ten: '',
      source: 'x',
      donVi: [
        { ma: '30', ten: 'Tỉnh Hải Dương', loai: 'tỉnh', capTren: '', tenKhac: [] },
        { ma: '298', ten: 'Huyện Tứ Kỳ', loai: 'huyện', capTren: 'Tỉnh Hải Dương', tenKhac: [] },
        { ma: '1', ten: 'Thị trấn Tứ Kỳ', loai: 'thị trấn', capTren: 'Tứ Kỳ', tenKhac: [] },
        { ma: '2', ten: 'Xã Đại Sơn', loai: 'xã', capTren: 'Huyện Tứ Kỳ', tenKhac: [] },
      ],
    });
    expect(roster.reporting.map((u) => u.ten)).toEqual(['Thị trấn Tứ Kỳ', 'Xã Đại Sơn']);
    expect(ancestorAt('Thị trấn Tứ Kỳ', 'huyen', roster)).toEqual({ name: 'Huyện Tứ Kỳ', code: '298' });
    expect(ancestorAt('Xã Đại Sơn', 'tinh', roster)).toEqual({ name: 'Tỉnh Hải Dương', code: '30' });
    expect(roster.match('TT Tứ Kỳ').unit?.ten).toBe('Thị trấn Tứ Kỳ');
    expect(ancestorAt('Xã Đại Sơn', 'parent', roster)?.name).toBe('Huyện Tứ Kỳ');
  });
});
