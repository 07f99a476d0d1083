import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../../src/model/aggregate.js';
import { summaryWorkbook } from '../../src/render/summary-xlsx.js';
import { loadSchema } from '../../src/node/load-schema.js';
import { loadRosterIndex } from '../../src/node/load-settings.js';
import { aggregate } from '../support/aggregate.js';
import { ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';
import { DISTRICTS as TREE_DISTRICTS } from '../../fixtures/levels-figures.mjs';

const TREE = join(ROOT, 'fixtures', 'cay-don-vi');

/**
 * The chain in this process: each district adds up its communes and writes its tong-hop.xlsx; the province adds up
 * those workbooks. With a roster of the districts, each workbook is its district's report; with one of the
 * communes, its rows are the communes.
 */
describe('a province adds up its districts’ tong-hop.xlsx', () => {
  /**
   * The districts' workbooks in a province folder, and the same communes added up at once. Made in each test, not in a
   * beforeAll: `npm run mutation` attributes what a test runs to that test, and work done in a hook to none.
   */
  async function chain(): Promise<{ communes: Aggregate; province: string }> {
    const { schema } = await loadSchema();
    const all = join(tempDir('cnscd-xa-'), 'xa');
    mkdirSync(all);
    const province = join(tempDir('cnscd-tinh-'), 'tinh');
    mkdirSync(province);
    for (const d of TREE_DISTRICTS) {
      const district = await aggregate(join(TREE, '2023', d.folder), {
        roster: await loadRosterIndex(join(TREE, `don-vi-${d.folder}.csv`), 'vi'),
        coveredUnit: d.ten,
      });
      expect(district.findings.filter((f) => f.severity === 'error')).toEqual([]);
      writeFileSync(join(province, `${d.folder}.xlsx`), await summaryWorkbook(district, schema, new Date(Date.UTC(2023, 7, 8)), 'vi'));
      for (const f of readdirSync(join(TREE, '2023', d.folder))) copyFileSync(join(TREE, '2023', d.folder, f), join(all, f));
    }
    const communes = await aggregate(all, { roster: await loadRosterIndex(join(TREE, 'don-vi-xa.csv'), 'vi'), by: 'huyen' });
    return { communes, province };
  }

  it('with the districts’ roster: each workbook is its district’s report, its figures the sums of its communes', async () => {
    const { communes, province } = await chain();
    const a = await aggregate(province, { roster: await loadRosterIndex(join(TREE, 'don-vi-huyen.json'), 'vi') });
    expect(a.units.map((u) => u.name)).toEqual(['Huyện Tứ Kỳ', 'Huyện Gia Lộc']);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const g of communes.grouping!.groups) {
      const district = a.units.find((u) => u.name === g.name)!;
      for (const t of g.totals) expect(district.values.get(t.code)?.value ?? null, `${g.name} ${t.code}`).toBe(t.value);
    }
    for (const t of communes.totals) expect(a.totals.find((x) => x.code === t.code)!.value, t.code).toBe(t.value);
    // Two districts reported each figure, whatever number of communes.
    expect(a.totals.find((t) => t.code === 'so_buoi_tap_huan')!.reported).toBe(2);
    expect(a.missing).toEqual([]);
  });

  it('with the communes’ roster: the rows are the communes, counted one by one', async () => {
    const { communes, province } = await chain();
    const a = await aggregate(province, { roster: await loadRosterIndex(join(TREE, 'don-vi-xa.csv'), 'vi'), by: 'huyen' });
    expect(a.units.map((u) => u.name)).toEqual(communes.units.map((u) => u.name));
    expect(a.grouping).toEqual(communes.grouping);
    expect(a.totals).toEqual(communes.totals);
  });

  it('a district workbook with an error in a commune’s row keeps that district out, named with the reason', async () => {
    const { communes, province } = await chain();
    const broken = join(tempDir('cnscd-tinh-'), 'tinh');
    mkdirSync(broken);
    for (const f of readdirSync(province)) copyFileSync(join(province, f), join(broken, f));
    // A clerk types a negative count over a commune's figure in Gia Lộc's table.
    const path = join(broken, 'huyen-gia-loc.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    let edited = '';
    sheet.eachRow((row) => {
      // STT, Mã đơn vị, Đơn vị, then the figures.
      const name = row.getCell(3);
      if (!edited && typeof name.value === 'string' && name.value.startsWith('Xã') && typeof row.getCell(4).value === 'number') {
        row.getCell(4).value = -5;
        edited = name.value;
      }
    });
    expect(edited).not.toBe('');
    await wb.xlsx.writeFile(path);
    const a = await aggregate(broken, { roster: await loadRosterIndex(join(TREE, 'don-vi-huyen.json'), 'vi') });
    expect(a.units.map((u) => u.name)).toEqual(['Huyện Tứ Kỳ']);
    expect(a.notCounted.map((n) => [n.name, n.reason])).toEqual([['Huyện Gia Lộc', 'errors']]);
    expect(a.findings.find((f) => f.code === 'value-negative')).toMatchObject({ unit: edited, severity: 'error' });
    const tuKy = communes.grouping!.groups.find((g) => g.name === 'Huyện Tứ Kỳ')!;
    for (const t of tuKy.totals) expect(a.totals.find((x) => x.code === t.code)!.value, t.code).toBe(t.value);
  });

  it('without a roster, each workbook’s “Đơn vị:” line is its rows’ parent', async () => {
    const { communes, province } = await chain();
    const a = await aggregate(province, { by: 'huyen' });
    expect(a.grouping!.groups.map((g) => [g.name, g.units.length])).toEqual([
      ['Huyện Gia Lộc', 4],
      ['Huyện Tứ Kỳ', 4],
    ]);
    for (const g of a.grouping!.groups) {
      const same = communes.grouping!.groups.find((x) => x.name === g.name)!;
      expect(g.totals).toEqual(same.totals);
    }
    expect(a.findings.filter((f) => f.code === 'parent-unknown')).toEqual([]);
  });
});
