import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';
import { aggregateText } from '../../src/render/aggregate-terminal.js';
import { makeStyle, PLAIN } from '../../src/render/style.js';
import { validationText } from '../../src/render/terminal.js';
import { aggregate } from '../support/aggregate.js';
import { tempDir, validate } from '../support/files.js';

const form = (unit: string, value: string) =>
  `Đơn vị: ${unit}\nKỳ báo cáo: Năm 2025\n\nSTT;Nội dung;Đơn vị tính;Số liệu\n1;Số buổi hội nghị, tập huấn, hướng dẫn;Buổi;${value}\n`;

describe('the terminal on a folder with problems in many files', () => {
  it('lists the files with errors first, stops at 50 files, counts the rest, and keeps to 80 columns', async () => {
    const dir = join(tempDir('cnscd-screen-'), 'xa');
    writeCorpus(dir, 20, 0.5);
    // A warning-only file that sorts first, then 60 files with an error each (a negative count).
    writeFileSync(join(dir, 'a-canh-bao.csv'), form('Xã Cảnh Báo', '12 buổi'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `loi-${String(i).padStart(2, '0')}.csv`), form(`Xã Lỗi ${i}`, '-5'));
    const a = await aggregate(dir);
    const text = aggregateText(a, { lang: 'vi', style: PLAIN, width: 80 });
    const listed = [...text.matchAll(/^(\S+\.(?:csv|xlsx)) · /gm)].map((m) => m[1]);
    expect(listed).toHaveLength(50);
    expect(listed.every((f) => f!.startsWith('loi-'))).toBe(true);
    expect(listed[0]).toBe('loi-00.csv');
    const filesWithProblems = new Set(a.findings.filter((f) => f.code !== 'indicators-absent').map((f) => f.file)).size;
    expect(text).toContain(`… và ${filesWithProblems - 50} tệp khác có sai sót (10 tệp có lỗi)`);
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

describe('the terminal on one table with thousands of problems', () => {
  it('shows 150 findings, errors first, and counts the rest of the file and the files not shown', async () => {
    const dir = tempDir('cnscd-table-');
    // A province's table: rows 1-100 with a warning each (a count written with its unit), rows 101-300 with an error
    // each (more OCOP products online than the commune has); then a form with an error, after it in file order.
    const rows = [
      'STT;Đơn vị;Số buổi hội nghị, tập huấn;Số người dân được hướng dẫn;Số lượng sản phẩm OCOP của địa phương;Số lượng OCOP được đưa lên sàn TMĐT',
    ];
    for (let i = 1; i <= 300; i++) rows.push([i, `Xã Số ${i}`, i <= 100 ? '12 buổi' : '12', 500, i > 100 ? 1 : 3, i > 100 ? 5 : 2].join(';'));
    writeFileSync(join(dir, 'ca-tinh.csv'), `Đơn vị: Tỉnh Thử\nKỳ báo cáo: Năm 2025\n\n${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'loi.csv'), form('Xã Lỗi', '-5'));
    writeFileSync(join(dir, 'cong-van.pdf'), '%PDF-1.7');
    const a = await aggregate(dir);
    const table = a.findings.filter((f) => f.file.endsWith('ca-tinh.csv'));
    expect([table.filter((f) => f.severity === 'error').length, table.length]).toEqual([200, 300]);

    const text = aggregateText(a, { lang: 'vi', style: PLAIN, width: 80 });
    const shown = [...text.matchAll(/^ {2}dòng (\d+), cột \d+ +(lỗi|cảnh báo) /gm)];
    expect(shown).toHaveLength(150);
    // The errors, in the file's order: rows 101 to 250 (the table's rows start at the file's line 5).
    expect(shown.every((m) => m[2] === 'lỗi')).toBe(true);
    expect(shown.map((m) => Number(m[1]))).toEqual(Array.from({ length: 150 }, (_, i) => 105 + i));
    expect(text.replace(/\n\s+/g, ' ')).toContain('… và 150 sai sót khác của tệp này (50 lỗi): đủ ở trang “Kiểm tra” của tong-hop.xlsx, hoặc --json.');
    expect(text).not.toContain('loi.csv ·');
    expect(text).toContain('… và 1 tệp khác có sai sót (1 tệp có lỗi)');
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);

    const en = aggregateText(a, { lang: 'en', style: PLAIN, width: 80 }).replace(/\n\s+/g, ' ');
    expect(en).toContain('… and 150 more problems in this file (50 errors): all of them on the “Kiểm tra” sheet of tong-hop.xlsx, or --json.');
    expect(en).toContain('… and 1 more file with problems (1 with errors)');
    expect(en).toContain('1 file lacks some indicators');
    expect(en).toContain('Skipped 1 entry that is not a report: cong-van.pdf');
  });
});

describe('the terminal in colour', () => {
  it('shows the same text as without colour, only coloured: no line repeated or followed by its number', async () => {
    const dir = join(tempDir('cnscd-colour-'), 'xa');
    writeCorpus(dir, 20, 0.5);
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `loi-${String(i).padStart(2, '0')}.csv`), form(`Xã Lỗi ${i}`, '-5'));
    const a = await aggregate(dir);
    const coloured = aggregateText(a, { lang: 'vi', style: await makeStyle(true), width: 80 });
    const plain = aggregateText(a, { lang: 'vi', style: PLAIN, width: 80 });
    // No roster (a dim line), more files than are listed (dim), every form without some indicators (dim).
    expect(plain).toContain('--roster');
    expect(coloured).not.toBe(plain);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    // validate on the same folder: more files with problems than are listed (a dim line).
    const results = await Promise.all(
      readdirSync(dir)
        .sort()
        .map((name) => validate(join(dir, name))),
    );
    const validated = validationText(results, { lang: 'vi', style: PLAIN, width: 80 });
    expect(validated).toContain('… và');
    expect(validationText(results, { lang: 'vi', style: await makeStyle(true), width: 80 }).replace(/\u001b\[\d+m/g, '')).toBe(validated);
  });
});
