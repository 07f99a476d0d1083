import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/node/load-schema.js';
import { SettingsError } from '../../src/model/settings-error.js';
import { validateFile } from '../../src/node/check-file.js';
import { formSheet, tempDir, writeWorkbook } from '../support/files.js';

function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

async function problemsOf(path: string, lang: 'vi' | 'en' = 'en'): Promise<string[]> {
  try {
    await loadSchema(path, lang);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('expected the schema to be refused');
}

describe('the default schema cnscd-2023', () => {
  it("is a data file with the contract's 19 indicators and 4 rules", async () => {
    const { schema } = await loadSchema();
    expect(schema.id).toBe('cnscd-2023');
    expect(schema.indicators.map((i) => i.code)).toEqual([
      'so_to_cap_xa',
      'so_to_cap_thon',
      'so_thon_kdc',
      'so_thanh_vien',
      'so_nhom_zalo',
      'so_ho_gia_dinh',
      'so_buoi_tap_huan',
      'so_thanh_vien_duoc_tap_huan',
      'so_nguoi_dan_duoc_huong_dan',
      'so_tai_khoan_dvctt',
      'so_tai_khoan_ttkdtm',
      'so_tai_khoan_vneid',
      'so_tai_khoan_vneid_muc_1',
      'so_tai_khoan_vneid_muc_2',
      'so_chu_ky_so',
      'so_san_pham_ocop',
      'so_ocop_len_san',
      'so_san_pham_khac_len_san',
      'so_diem_wifi',
    ]);
    expect(schema.rules.map((r) => [r.id, r.severity])).toEqual([
      ['vneid-bang-tong-muc-do', 'error'],
      ['ocop-len-san-khong-vuot-ocop', 'error'],
      ['to-thon-khong-vuot-so-thon', 'warning'],
      ['tap-huan-khong-vuot-thanh-vien', 'warning'],
    ]);
  });
});

describe('a user schema', () => {
  it('adds, drops and relabels indicators and rules, and the checks follow', async () => {
    const dir = tempDir();
    const path = writeJson(dir, 'hai-phong-2026.json', {
      extends: 'cnscd-2023',
      id: 'hai-phong-2026',
      indicators: {
        add: [{ code: 'so_ho_dung_camera', label: 'Số hộ lắp camera an ninh', unit: 'Hộ', aliases: ['Hộ có camera'] }],
        drop: ['so_diem_wifi'],
        relabel: { so_buoi_tap_huan: { label: 'Số lớp bồi dưỡng kỹ năng số' } },
      },
      rules: {
        drop: ['to-thon-khong-vuot-so-thon'],
        add: [{ id: 'camera-khong-vuot-ho', type: 'compare', left: 'so_ho_dung_camera', op: '<=', right: 'so_ho_gia_dinh', severity: 'error' }],
      },
    });
    const loaded = await loadSchema(path);
    expect(loaded.schema.indicators.some((i) => i.code === 'so_diem_wifi')).toBe(false);
    expect(loaded.matcher.indicatorByLabel('Số lớp bồi dưỡng kỹ năng số')).toBe('so_buoi_tap_huan');
    expect(loaded.matcher.indicatorByLabel('Số buổi hội nghị, tập huấn, hướng dẫn')).toBe('so_buoi_tap_huan'); // the old label still matches
    const file = await writeWorkbook('camera.xlsx', (wb) =>
      formSheet(wb, [
        [1, 'Tổng số hộ gia đình trên địa bàn', 'Hộ', 100],
        [2, 'Hộ có camera', 'Hộ', 140],
        [3, 'Số điểm wifi công cộng miễn phí', 'Điểm', 3],
      ]),
    );
    const r = await validateFile(file, loaded.matcher);
    expect(r.findings.find((f) => f.rule === 'camera-khong-vuot-ho')).toMatchObject({ severity: 'error', actual: 140 });
    expect(r.findings.find((f) => f.code === 'unknown-row')).toMatchObject({ params: { label: 'Số điểm wifi công cộng miễn phí' } });
  });

  it('that is broken gets every problem listed, each with where it is', async () => {
    const dir = tempDir();
    const path = writeJson(dir, 'broken.json', {
      extends: 'cnscd-2023',
      indicators: {
        add: [
          { code: 'Bad Code', label: '', unit: 'Hộ' },
          { code: 'so_tai_khoan_vneid', label: 'x', unit: 'y' },
        ],
        drop: ['so_khong_co'],
      },
      rules: { add: [{ id: 'r', type: 'ratio', left: 'a', right: 'b', severity: 'error' }] },
      extra: true,
    });
    const problems = await problemsOf(path);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(problems.join('\n')).toMatch(/indicators\.add\[0\]\.code/);
    expect(problems.join('\n')).toMatch(/indicators\.add\[0\]\.label/);
    expect(problems.join('\n')).toMatch(/rules\.add\[0\]/);
    expect(problems.join('\n')).toMatch(/extra/);
  });

  it('that names what is not there, or repeats a code, says which', async () => {
    const dir = tempDir();
    const missing = writeJson(dir, 'missing.json', { extends: 'cnscd-2023', indicators: { drop: ['so_khong_co', 'so_san_pham_ocop'] } });
    const p1 = await problemsOf(missing);
    expect(p1.join('\n')).toContain('so_khong_co');
    const dup = writeJson(dir, 'dup.json', {
      extends: 'cnscd-2023',
      indicators: { add: [{ code: 'so_tai_khoan_vneid', label: 'Trùng mã', unit: 'x' }], drop: ['so_san_pham_ocop'] },
    });
    const p2 = await problemsOf(dup);
    expect(p2.join('\n')).toContain('"so_tai_khoan_vneid" appears twice');
    // Dropping so_san_pham_ocop leaves a rule that names it.
    expect(p2.join('\n')).toContain('ocop-len-san-khong-vuot-ocop');
    expect(await problemsOf(writeJson(dir, 'not-json.json', '{ "extends": '))).toEqual([expect.stringContaining('JSON')]);
    await expect(loadSchema(join(dir, 'nope.json'))).rejects.toMatchObject({ name: 'SettingsFileError', code: 'ENOENT', file: join(dir, 'nope.json') });
  });

  it('can be a complete schema of its own', async () => {
    const base = (await loadSchema()).schema;
    const path = writeJson(tempDir(), 'full.json', {
      ...base,
      id: 'rieng',
      indicators: base.indicators.slice(0, 3),
      rules: [],
      ratios: [base.ratios[0]],
      ratioChecks: [],
    });
    const loaded = await loadSchema(path);
    expect(loaded.schema.indicators).toHaveLength(3);
    expect(loaded.schema.ratios.map((r) => r.id)).toEqual(['ty-le-thon-co-to']);
  });
});
