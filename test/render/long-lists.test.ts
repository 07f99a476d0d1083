import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cnscd } from '../support/cli.js';
import { tempDir, validate } from '../support/files.js';
import { communeName, writeNotesForm } from '../support/notes-form.js';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { figures } from '../bench/corpus.mjs';

const UNITS = 160;

function paragraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<[^>]+>/g, ''))
    .filter(Boolean);
}

describe('a roll-up of many communes, each with its notes and products', () => {
  let out = '';
  let body: string[] = [];
  let wb: ExcelJS.Workbook;
  /** The communes as the tool orders them (by name, as Vietnamese sorts), from tong-hop.xlsx's Tổng hợp sheet. */
  let units: string[] = [];
  let terminal = '';
  beforeAll(async () => {
    const dir = tempDir('cnscd-long-');
    for (let i = 0; i < UNITS; i++) await writeNotesForm(dir, i);
    // Every commune falls in the one sorting group.
    writeFileSync(
      join(dir, 'cnscd.config.json'),
      JSON.stringify({ phanLoai: [{ ten: 'đã tổ chức hướng dẫn', dieuKien: [{ chiTieu: 'so_buoi_tap_huan', phepSo: '>=', giaTri: 0 }] }] }),
    );
    out = tempDir();
    const r = cnscd(['aggregate', dir, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    terminal = r.stdout;
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    body = paragraphs(xml);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    units = Array.from({ length: UNITS }, (_, i) =>
      String(
        wb
          .getWorksheet('Tổng hợp')!
          .getRow(5 + i)
          .getCell(3).value,
      ),
    );
    expect([...units].sort()).toEqual(Array.from({ length: UNITS }, (_, i) => communeName(i)).sort());
    expect(units[1]).toBe('Xã An Bình 1');
  }, 60_000);

  it('quotes the first 150 communes of each section of notes in the report, and counts the rest', () => {
    const first = body.findIndex((p) => p.startsWith(`- ${units[0]}: Hướng dẫn`));
    expect(first).toBeGreaterThan(0);
    const section = body.slice(first, first + 151);
    expect(section.slice(0, 150).every((p) => /^- Xã .+: Hướng dẫn \d+ lượt người dân/.test(p))).toBe(true);
    expect(section[149]).toContain(`- ${units[149]}: `);
    expect(section[150]).toBe('- Và ý kiến của 10 đơn vị khác.');
    expect(body.join('\n')).not.toContain(`- ${units[150]}: `);
    // Eighty communes wrote the same shortcoming: said once, after the first ten of them and how many more.
    const shortcomings = body.filter((p) => p.endsWith(': Thiếu thiết bị để hướng dẫn người dân. Một số thôn chưa có wifi.'));
    expect(shortcomings).toHaveLength(1);
    expect(shortcomings[0]).toMatch(/^- (Xã [^,]+, ){9}Xã [^,]+ và 70 đơn vị khác: Thiếu/);
    expect(body.filter((p) => p.startsWith('- Và ý kiến của'))).toHaveLength(1);
  });

  it('names the first 300 products, and the first 10 communes of a product many list', () => {
    // Called what they are: the products the units named, not all those counted.
    const list = body.find((p) => p.startsWith('Các sản phẩm OCOP đã đưa lên sàn thương mại điện tử được các đơn vị nêu tên'))!;
    expect(list.startsWith('Các sản phẩm OCOP đã đưa lên sàn thương mại điện tử được các đơn vị nêu tên (321 sản phẩm): Chè Xã ')).toBe(true);
    expect(list.endsWith('; và 21 sản phẩm khác.')).toBe(true);
    expect(list.split('; ')).toHaveLength(301);
    const shared = list.split('; ').find((p) => p.startsWith('Mật ong bạc hà ('))!;
    expect(shared).toBe(`Mật ong bạc hà (${units.slice(0, 10).join(', ')} và 150 đơn vị khác)`);
  });

  it('names the first 50 communes of a sorting group on the terminal, and counts the rest', () => {
    const line = terminal.slice(terminal.indexOf('  Có 160 đơn vị đã tổ chức hướng dẫn: ')).split('\n\n')[0]!.replace(/\n\s+/g, ' ');
    expect(line).toBe(
      `  Có 160 đơn vị đã tổ chức hướng dẫn: ${units.slice(0, 50).join(', ')} và 110 đơn vị khác (danh sách đầy đủ ở trang “Phân loại” của tong-hop.xlsx).`,
    );
  });

  it('names the first 60 communes of a sorting group, and counts the rest', () => {
    const group = body.find((p) => p.startsWith('Có 160 đơn vị đã tổ chức hướng dẫn: '))!;
    expect(group).toMatch(/, Xã [^,]+ và 100 đơn vị khác\.$/);
    expect(group.split(', ')).toHaveLength(60);
  });

  it('keeps every note, product and group in tong-hop.xlsx, which still reads as a submission for the level above', async () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kiểm tra', 'Nguồn', 'Thuyết minh', 'Sản phẩm', 'Phân loại']);

    const notes = wb.getWorksheet('Thuyết minh')!;
    expect(notes.getRow(1).values).toEqual([undefined, 'STT', 'Mục', 'Đơn vị', 'Nội dung']);
    expect(notes.rowCount).toBe(1 + UNITS + UNITS / 2);
    const first = Array.from({ length: UNITS }, (_, i) => communeName(i)).indexOf(units[0]!);
    expect(notes.getRow(2).values).toEqual([
      undefined,
      1,
      'Kết quả nổi bật',
      units[0],
      `Hướng dẫn ${figures(first)[2]} lượt người dân tại nhà văn hoá các thôn.`,
    ]);
    expect(notes.getRow(1 + UNITS).getCell(3).value).toBe(units[UNITS - 1]);
    expect(notes.getRow(2 + UNITS).values).toEqual([
      undefined,
      UNITS + 1,
      'Tồn tại, hạn chế',
      units[0],
      'Thiếu thiết bị để hướng dẫn người dân.\nMột số thôn chưa có wifi.',
    ]);
    expect(notes.getRow(2 + UNITS).getCell(4).alignment).toEqual({ vertical: 'top', wrapText: true });

    const products = wb.getWorksheet('Sản phẩm')!;
    expect(products.getRow(1).values).toEqual([undefined, 'STT', 'Danh sách', 'Sản phẩm', 'Số đơn vị', 'Đơn vị']);
    expect(products.rowCount).toBe(1 + 2 * UNITS + 1);
    const shared = products.getColumn(3).values.indexOf('Mật ong bạc hà');
    expect(products.getRow(shared).values).toEqual([
      undefined,
      shared - 1,
      'Danh sách sản phẩm OCOP đưa lên sàn TMĐT',
      'Mật ong bạc hà',
      UNITS,
      units.join(', '),
    ]);

    const groups = wb.getWorksheet('Phân loại')!;
    expect(groups.rowCount).toBe(1 + UNITS);
    expect(groups.getRow(UNITS + 1).values).toEqual([undefined, UNITS, 'đã tổ chức hướng dẫn', units[UNITS - 1]]);

    const r = await validate(join(out, 'tong-hop.xlsx'));
    expect(r.findings).toEqual([]);
    expect(r.submission?.reports).toHaveLength(UNITS);
  });
});
