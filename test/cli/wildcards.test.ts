import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandWildcards, wildcardParts } from '../../src/node/wildcards.js';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const FORM_XLSX = join(ROOT, 'fixtures', 'tu-ky-6-thang-2023.xlsx');
const FORM_CSV = join(ROOT, 'fixtures', 'tu-ky-6-thang-2023.csv');

describe('wildcards as Windows hands them over', () => {
  it('takes * and ? in the last part only, in any case, every other character as itself', () => {
    const { folder, pattern } = wildcardParts('D:\\Báo cáo (2023)\\Huyen*.XLSX', 'win32')!;
    expect(folder).toBe('D:\\Báo cáo (2023)\\');
    expect(['Huyen Tu Ky.xlsx', 'huyen.xlsx', 'HUYEN KIM THANH.Xlsx'].filter((n) => pattern.test(n))).toHaveLength(3);
    expect(['Xa Huyen.xlsx', 'Huyen.xlsx.bak', 'Huyen.csv'].some((n) => pattern.test(n))).toBe(false);
    // Brackets, parentheses, dots and plus signs in a name stand for themselves.
    const odd = wildcardParts('Bao cao (1) [ban 2]+?.xlsx', 'win32')!.pattern;
    expect(odd.test('Bao cao (1) [ban 2]+A.xlsx')).toBe(true);
    expect(odd.test('Bao cao 1 ban 2A.xlsx')).toBe(false);
    expect(odd.test('Bao cao (1) [ban 2]+AB.xlsx')).toBe(false);
    // A letter typed decomposed matches a name stored composed (a name stored decomposed, as macOS stores them, is
    // the listing's test below).
    expect(wildcardParts('Tứ Kỳ*.xlsx'.normalize('NFD'))!.pattern.test('Tứ Kỳ 6T.xlsx')).toBe(true);
    // On POSIX a backslash is part of a name; a wildcard before the last part is no pattern.
    expect(wildcardParts('bao\\cao*.xlsx', 'linux')!.folder).toBe('');
    expect(wildcardParts('*/bao-cao.xlsx', 'win32')).toBeNull();
    expect(wildcardParts('bao-cao.xlsx', 'win32')).toBeNull();
  });

  it('lists the matches of a folder sorted, without Excel lock files or hidden files', async () => {
    const dir = join(tempDir(), 'Báo cáo (2023)');
    mkdirSync(dir);
    for (const name of ['Xã Nam Chính.xlsx', 'Huyện Tứ Kỳ.XLSX', '~$Huyện Tứ Kỳ.xlsx', '.an.xlsx', 'ghi-chu.docx']) writeFileSync(join(dir, name), 'x');
    expect(await expandWildcards(`${dir}/*.xlsx`, 'linux')).toEqual([`${dir}/Huyện Tứ Kỳ.XLSX`, `${dir}/Xã Nam Chính.xlsx`]);
    expect(await expandWildcards(`${dir}/*.pdf`, 'linux')).toEqual([]);
    expect(await expandWildcards(`${dir}/khong-co/*.xlsx`, 'linux')).toEqual([]);
    expect(await expandWildcards(`${dir}/Xã Nam Chính.xlsx`, 'linux')).toBeNull();
    // A name stored decomposed (macOS) is found by a pattern typed composed.
    const stored = 'Tứ Kỳ 6T.xlsx'.normalize('NFD');
    writeFileSync(join(dir, stored), 'x');
    expect(await expandWildcards(`${dir}/Tứ Kỳ*.xlsx`.normalize('NFC'), 'linux')).toEqual([`${dir}/${stored}`]);
  });

  it('validate "*.xlsx" given unexpanded checks every matching form; a pattern that matches nothing is a missing file', () => {
    const dir = join(tempDir(), 'Báo cáo (2023)');
    mkdirSync(dir);
    copyFileSync(FORM_XLSX, join(dir, 'Tu Ky.xlsx'));
    copyFileSync(FORM_CSV, join(dir, 'Tu Ky.csv'));
    writeFileSync(join(dir, '~$Tu Ky.xlsx'), 'lock');
    const r = cnscd(['validate', join(dir, '*.xlsx'), '--json']);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files as { path: string }[];
    expect(files.map((f) => f.path)).toEqual([join(dir, 'Tu Ky.xlsx')]);
    const none = cnscd(['validate', join(dir, 'Xa*.xlsx')]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Không tìm thấy tệp');
  });
});
