import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, zipBomb } from '../support/files.js';
import { measureCli } from '../support/measure.js';

// Every hostile file is read in a process of its own; the bound promised in docs/reliability.md is a peak RSS of
// 512 MB. Times are generous ceilings for a slow CI machine, not benchmarks.
const MAX_MB = 512;

describe('hostile files stay within bounds', () => {
  const dir = tempDir('cnscd-hostile-');
  beforeAll(async () => {
    // An .xlsx-named zip whose one sheet inflates to 1 GB of zeros.
    zipBomb(
      join(dir, 'bom.xlsx'),
      {
        '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      },
      'xl/worksheets/sheet1.xml',
      1024,
    );
    const lines = ['Đơn vị;Số người dân được hướng dẫn'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`Xã ${i};${i}`);
    writeFileSync(join(dir, 'trieu-dong.csv'), lines.join('\r\n'));
    writeFileSync(join(dir, 'o-lon.csv'), `STT;Nội dung;Số liệu\r\n1;${'a'.repeat(10 * 1024 * 1024)};5\r\n`);
    const big = new ExcelJS.Workbook();
    big.addWorksheet('Số liệu').addRows([
      ['STT', 'Nội dung', 'Số liệu'],
      ['1', 'b'.repeat(10 * 1024 * 1024), 5],
    ]);
    await big.xlsx.writeFile(join(dir, 'o-lon.xlsx'));
    const wide = new ExcelJS.Workbook();
    const ws = wide.addWorksheet('Số liệu');
    ws.addRow(['Đơn vị', 'Số người dân được hướng dẫn']);
    ws.addRow(Array.from({ length: 16_384 }, (_, c) => (c % 3 === 0 ? `cột ${c}` : c)));
    ws.addRow(['Huyện Tứ Kỳ', 17250]);
    await wide.xlsx.writeFile(join(dir, 'rong.xlsx'));
    const many = new ExcelJS.Workbook();
    for (let i = 0; i < 200; i++)
      many.addWorksheet(`Trang ${i}`).addRows([
        ['Đơn vị', 'Số người dân được hướng dẫn'],
        [`Xã ${i}`, i],
      ]);
    await many.xlsx.writeFile(join(dir, 'nhieu-trang.xlsx'));
    writeFileSync(join(dir, 'rong-zip.xlsx'), zipSync({ 'a.txt': new Uint8Array(10) }));
  }, 120_000);

  it('refuses a zip bomb named .xlsx while inflating it, naming the limit and how to raise it', () => {
    const r = measureCli(['validate', join(dir, 'bom.xlsx'), '--json']);
    expect(r.code).toBe(2);
    const f = JSON.parse(r.stdout).files[0].findings[0];
    expect(f.code).toBe('file-too-large');
    expect(f.message).toContain('CNSCD_MAX_UNZIPPED_MB');
    expect(r.peakMb).toBeLessThan(MAX_MB);
    expect(r.seconds).toBeLessThan(20);
  });

  it('refuses a CSV of a million rows before parsing it', () => {
    const r = measureCli(['validate', join(dir, 'trieu-dong.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('1.000.001 dòng, quá giới hạn 50.000 dòng');
    expect(r.stdout).toContain('CNSCD_MAX_ROWS');
    expect(r.peakMb).toBeLessThan(MAX_MB);
  });

  it('reads a table right at the row limit within the memory bound, and a longer one when the limit is raised', () => {
    const lines = ['Đơn vị;Số người dân được hướng dẫn'];
    for (let i = 0; i < 49_999; i++) lines.push(`Xã ${i};${i}`);
    writeFileSync(join(dir, 'nam-muoi-nghin.csv'), lines.join('\r\n'));
    const r = measureCli(['validate', join(dir, 'nam-muoi-nghin.csv'), '--json']);
    expect(JSON.parse(r.stdout).files[0].units).toHaveLength(49_999);
    expect(r.peakMb).toBeLessThan(MAX_MB);
    lines.push('Xã cuối;1');
    writeFileSync(join(dir, 'qua-gioi-han.csv'), lines.join('\r\n'));
    expect(measureCli(['validate', join(dir, 'qua-gioi-han.csv')]).code).toBe(2);
    expect(measureCli(['validate', join(dir, 'qua-gioi-han.csv')], { CNSCD_MAX_ROWS: '60000' }).code).not.toBe(2);
  });

  it('refuses a 10 MB cell, in a CSV and in a workbook, naming where it is', () => {
    const csv = measureCli(['validate', join(dir, 'o-lon.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.stdout).toContain('Dòng 2 có ô dài, quá giới hạn 32.767 ký tự');
    expect(csv.peakMb).toBeLessThan(MAX_MB);
    const xlsx = measureCli(['validate', join(dir, 'o-lon.xlsx'), '--lang', 'en']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stdout).toContain('Cell Số liệu!B2 holds 10,485,760 characters');
    expect(xlsx.peakMb).toBeLessThan(MAX_MB);
  });

  it('reads a sheet 16,384 columns wide and a workbook of 200 sheets, reporting what does not match', () => {
    const wide = measureCli(['validate', join(dir, 'rong.xlsx'), '--json']);
    expect([0, 1]).toContain(wide.code);
    expect(wide.peakMb).toBeLessThan(MAX_MB);
    expect(wide.seconds).toBeLessThan(30);
    const many = measureCli(['validate', join(dir, 'nhieu-trang.xlsx'), '--json']);
    expect(JSON.parse(many.stdout).files[0].units).toHaveLength(200);
    expect(many.peakMb).toBeLessThan(MAX_MB);
    const fewer = measureCli(['validate', join(dir, 'nhieu-trang.xlsx')], { CNSCD_MAX_SHEETS: '100' });
    expect(fewer.code).toBe(2);
    expect(fewer.stdout).toContain('200 trang tính, quá giới hạn 100');
  });

  it('calls a zip that is not a workbook damaged, not a crash', () => {
    const r = measureCli(['validate', join(dir, 'rong-zip.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/file-(corrupt|wrong-type)/);
  });
});
