import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';
import { communeName, writeNotesForm } from '../support/notes-form.js';

interface Doc {
  units: { name: string }[];
  notes: Record<string, { unit: string; text: string }[]>;
  products: Record<string, { name: string; units: string[] }[]>;
  findings: { code: string; file: string; unit: string | null; severity: string; message: string }[];
}

const COMMUNES = 12;

function run(args: string[]): Doc {
  const out = tempDir();
  const r = cnscd(['aggregate', ...args, '--out', out]);
  expect(r.stderr).toBe('');
  return JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8')) as Doc;
}

/** A commune form's text as the report quotes it, and the report's paragraphs. */
async function reportParagraphs(out: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
}

describe('notes and products travel up with the figures, through a lower level’s tong-hop.xlsx', () => {
  /** Twelve communes' forms with notes; then the same in two districts' folders, each added up on its own. */
  let all = '';
  let province = '';
  let districtOut: string[] = [];
  beforeAll(async () => {
    all = join(tempDir('cnscd-notes-up-'), 'xa');
    mkdirSync(all);
    for (let i = 0; i < COMMUNES; i++) await writeNotesForm(all, i);
    // One commune's shortcoming runs over two lines that do not end a sentence.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(all, 'xa-002.xlsx'));
    wb.getWorksheet('Thuyết minh')!.addRow(['de_xuat_kien_nghi', 'Cấp thêm máy tính bảng\nHỗ trợ kinh phí duy trì wifi']);
    await wb.xlsx.writeFile(join(all, 'xa-002.xlsx'));
    province = tempDir('cnscd-province-');
    districtOut = [1, 2].map((d) => {
      const folder = join(tempDir('cnscd-district-'), `huyen-${d}`);
      mkdirSync(folder);
      for (let i = (d - 1) * 6; i < d * 6; i++)
        cpSync(join(all, `xa-${String(i + 1).padStart(3, '0')}.xlsx`), join(folder, `xa-${String(i + 1).padStart(3, '0')}.xlsx`));
      writeFileSync(join(folder, 'cnscd.config.json'), JSON.stringify({ tenDonVi: d === 1 ? 'Huyện Một' : 'Huyện Hai' }));
      const out = tempDir();
      expect(cnscd(['aggregate', folder, '--out', out]).code).toBe(0);
      cpSync(join(out, 'tong-hop.xlsx'), join(province, `huyen-${d}.xlsx`));
      return out;
    });
  }, 60_000);

  it('gives the province the same notes and products, under the same communes, as adding up the communes at once', () => {
    const direct = run([all]);
    const upward = run([province]);
    expect(upward.units.map((u) => u.name)).toEqual(direct.units.map((u) => u.name));
    expect(upward.notes).toEqual(direct.notes);
    expect(upward.products).toEqual(direct.products);
    // Not a copy of nothing: twelve highlights, six shortcomings, one proposal; 25 products, one of them every commune's.
    expect([direct.notes.ket_qua_noi_bat!.length, direct.notes.ton_tai_han_che!.length, direct.notes.de_xuat_kien_nghi!.length]).toEqual([12, 6, 1]);
    const products = direct.products.ds_ocop_len_san!;
    expect(products).toHaveLength(25);
    expect(products.find((p) => p.name === 'Mật ong bạc hà')!.units).toHaveLength(12);
    expect(upward.findings.filter((f) => f.code === 'note-unit-unknown')).toEqual([]);
  });

  it('reads them from a table sent with its notes only, the workbook’s other sheets deleted', async () => {
    const stripped = tempDir('cnscd-stripped-');
    for (const [d, out] of districtOut.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
      for (const name of ['Nguồn', 'Kiểm tra']) wb.removeWorksheet(wb.getWorksheet(name)!.id);
      await wb.xlsx.writeFile(join(stripped, `huyen-${d + 1}.xlsx`));
    }
    const direct = run([all]);
    const upward = run([stripped]);
    expect(upward.notes).toEqual(direct.notes);
    expect(upward.products).toEqual(direct.products);
    // Not read as one unit's notes, nor as a table it cannot make out.
    expect(upward.findings.filter((f) => ['unknown-note-section', 'sheet-skipped', 'note-unit-unknown'].includes(f.code))).toEqual([]);
  });

  it('gives a district that the roster expects (its file counted as its report) its communes’ notes, each saying whose', async () => {
    const roster = join(tempDir(), 'don-vi.json');
    writeFileSync(
      roster,
      JSON.stringify({
        donVi: [
          { ma: '1', ten: 'Huyện Một', loai: 'huyện' },
          { ma: '2', ten: 'Huyện Hai', loai: 'huyện' },
        ],
      }),
    );
    const out = tempDir();
    expect(cnscd(['aggregate', province, '--roster', roster, '--out', out]).code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8')) as Doc;
    expect(doc.units.map((u) => u.name)).toEqual(['Huyện Một', 'Huyện Hai']);
    expect(doc.notes.ton_tai_han_che!.map((n) => n.unit)).toEqual([...Array(3).fill('Huyện Một'), ...Array(3).fill('Huyện Hai')]);
    expect(doc.notes.ton_tai_han_che![0]!.text).toBe(`${communeName(0)}: Thiếu thiết bị để hướng dẫn người dân.\nMột số thôn chưa có wifi.`);
    expect(doc.products.ds_ocop_len_san!.find((p) => p.name === 'Mật ong bạc hà')!.units).toEqual(['Huyện Một', 'Huyện Hai']);
    expect(doc.products.ds_ocop_len_san!.find((p) => p.name === `Chè ${communeName(7)}`)!.units).toEqual(['Huyện Hai']);
    // In the report, a note of several lines is one paragraph: a line that ends a sentence runs on, another takes ";",
    // and the whole ends with a full stop.
    const paragraphs = await reportParagraphs(out);
    expect(paragraphs).toContain(`- Huyện Một: ${communeName(0)}: Thiếu thiết bị để hướng dẫn người dân. Một số thôn chưa có wifi.`);
    expect(paragraphs).toContain(`- Huyện Một: ${communeName(1)}: Cấp thêm máy tính bảng; Hỗ trợ kinh phí duy trì wifi.`);
  });

  it('names a note whose unit is not a row of the table (the workbook edited by hand), rather than dropping it', async () => {
    const edited = tempDir('cnscd-edited-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(districtOut[0]!, 'tong-hop.xlsx'));
    const notes = wb.getWorksheet('Thuyết minh')!;
    notes.getRow(2).getCell(3).value = 'Xã Không Có';
    notes.getRow(3).getCell(2).value = 'Mục lạ';
    // A product whose units were wiped.
    wb.getWorksheet('Sản phẩm')!.getRow(2).getCell(5).value = null;
    await wb.xlsx.writeFile(join(edited, 'huyen-1.xlsx'));
    const doc = run([edited]);
    const orphan = doc.findings.filter((f) => f.code === 'note-unit-unknown');
    expect(orphan.map((f) => [f.file, f.unit, f.severity])).toEqual([
      ['huyen-1.xlsx', 'Xã Không Có', 'warning'],
      ['huyen-1.xlsx', '(trống)', 'warning'],
    ]);
    expect(orphan[0]!.message).toContain('“Xã Không Có”, đơn vị không có trong trang Tổng hợp');
    expect(doc.findings.filter((f) => f.code === 'unknown-note-section').map((f) => f.message)).toEqual([expect.stringContaining('“Mục lạ”')]);
    expect(doc.notes.ket_qua_noi_bat).toHaveLength(4);
  });
});
