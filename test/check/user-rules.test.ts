import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { validateFile } from '../../src/node/check-file.js';
import { loadSchema } from '../../src/node/load-schema.js';
import { formSheet, tempDir, writeWorkbook } from '../support/files.js';

/** A province's schema: the default one with these rules dropped and added. */
async function userSchema(rules: { drop?: string[]; add: object[] }): Promise<Awaited<ReturnType<typeof loadSchema>>> {
  const path = join(tempDir(), 'quy-tac.json');
  writeFileSync(path, JSON.stringify({ extends: 'cnscd-2023', id: 'quy-tac-thu', rules }));
  return loadSchema(path);
}

/**
 * A province's own rules, of every comparison the schema language has, checked on forms at, above and below each
 * boundary: a rule holds exactly when its comparison does, and a failed rule says so with both figures.
 */
describe('a province’s own comparison rules', () => {
  const ops = [
    ['lt', '<'],
    ['le', '<='],
    ['eq', '='],
    ['ge', '>='],
    ['gt', '>'],
  ] as const;

  const schema = () =>
    userSchema({
      drop: ['ocop-len-san-khong-vuot-ocop', 'to-thon-khong-vuot-so-thon', 'tap-huan-khong-vuot-thanh-vien'],
      add: ops.map(([id, op]) => ({
        id: `zalo-${id}-thon`,
        type: 'compare',
        left: 'so_nhom_zalo',
        op,
        right: 'so_thon_kdc',
        severity: id === 'eq' ? 'warning' : 'error',
      })),
    });

  it.each([
    [9, 10, ['zalo-eq-thon', 'zalo-ge-thon', 'zalo-gt-thon']],
    [10, 10, ['zalo-lt-thon', 'zalo-gt-thon']],
    [11, 10, ['zalo-lt-thon', 'zalo-le-thon', 'zalo-eq-thon']],
  ])('%d Zalo groups for %d villages: fails %j', async (zalo, villages, failing) => {
    const { matcher } = await schema();
    const file = await writeWorkbook('zalo.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số nhóm Zalo của Tổ CNSCĐ', 'Nhóm', zalo],
        [2, 'Số thôn/khu dân cư trên địa bàn', 'Thôn', villages],
      ]),
    );
    const r = await validateFile(file, matcher);
    const compare = r.findings.filter((f) => f.code === 'rule-compare');
    expect(compare.map((f) => f.rule)).toEqual(failing);
    for (const f of compare) {
      expect(f).toMatchObject({
        indicator: 'so_nhom_zalo',
        actual: zalo,
        location: { cell: 'D6' },
        related: [{ cell: 'D7' }],
        severity: f.rule === 'zalo-eq-thon' ? 'warning' : 'error',
      });
      expect(f.expected).toBe(`${f.params.op} ${villages}`);
      expect(messageOf(f, 'vi')).toContain(`(D6) = ${zalo}`);
      expect(messageOf(f, 'vi')).toContain(`(D7) = ${villages}`);
    }
  });

  it('a rule whose sides are not both reported is not checked', async () => {
    const { matcher } = await schema();
    const file = await writeWorkbook('zalo.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Số nhóm Zalo của Tổ CNSCĐ', 'Nhóm', 5],
        [2, 'Số thôn/khu dân cư trên địa bàn', 'Thôn', '-'],
      ]),
    );
    expect((await validateFile(file, matcher)).findings.filter((f) => f.code === 'rule-compare')).toEqual([]);
    const other = await writeWorkbook('zalo.xlsx', (wb) => formSheet(wb, [[1, 'Số thôn/khu dân cư trên địa bàn', 'Thôn', 5]]));
    expect((await validateFile(other, matcher)).findings.filter((f) => f.code === 'rule-compare')).toEqual([]);
  });
});

describe('a province’s own sum rule', () => {
  it('without “derive”, a total left empty stays not reported; the parts are not added up for it', async () => {
    const { matcher } = await userSchema({
      add: [{ id: 'to-bang-tong', type: 'sum', total: 'so_nhom_zalo', parts: ['so_to_cap_xa', 'so_to_cap_thon'], severity: 'warning' }],
    });
    const form = (zalo: number | null) =>
      writeWorkbook('tong.xlsx', (wb) =>
        formSheet(wb, [
          [1, 'Số nhóm Zalo của Tổ CNSCĐ', 'Nhóm', zalo],
          [2, 'Số Tổ CNSCĐ cấp xã', 'Tổ', 1],
          [3, 'Số Tổ CNSCĐ cấp thôn/khu dân cư', 'Tổ', 9],
        ]),
      );
    const empty = await validateFile(await form(null), matcher);
    expect(empty.submission!.reports[0]!.values.get('so_nhom_zalo')?.value).toBeNull();
    expect(empty.findings.filter((f) => f.code === 'rule-derived' || f.code === 'rule-sum')).toEqual([]);
    const off = await validateFile(await form(11), matcher);
    expect(off.findings.filter((f) => f.code === 'rule-sum').map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['to-bang-tong', 'warning', 10, 11],
    ]);
  });
});
