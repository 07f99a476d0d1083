// Word reports as districts send them (issue 26): fixtures/word/*.docx, written by python-docx and LibreOffice
// (fixtures/word/make-word.sh), read into sheets, interpreted, added up.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/model/sheet.js';
import { readDocx } from '../../src/read/docx.js';
import { decodeLegacyRun, legacyFont } from '../../src/read/encoding/legacy-fonts.js';
import { copyDistricts, ROSTER } from '../support/aggregate.js';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir, zipBomb } from '../support/files.js';

const WORD = join(ROOT, 'fixtures', 'word');
const read = (name: string) => readDocx(join(WORD, name), readFileSync(join(WORD, name)));
/** validate --json of one file: the file's entry. */
const validated = (path: string) => JSON.parse(cnscd(['validate', path, '--json']).stdout).files[0];

describe('readDocx', () => {
  it('gives each table a sheet, the letterhead and headings above its rows, each cell its table row and column', () => {
    const book = read('tu-ky-6-thang-2023.docx');
    expect(book.format).toBe('docx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Bảng 1', 'Bảng 2']);
    const figures = book.sheets[1]!;
    const rows = [...figures.rows.entries()].map(([, row]) => [...row.values()].map((c) => cellText(c)));
    // The head: the letterhead table's cells, BÁO CÁO and its subject; then the headings before the table.
    expect(rows.slice(0, 12).map((r) => r[0])).toEqual([
      'UBND HUYỆN TỨ KỲ\nTỔ CHỈ ĐẠO TRIỂN KHAI CNSCĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      'Số: 52/BC-TCĐ',
      'Tứ Kỳ, ngày 20 tháng 7 năm 2023',
      'BÁO CÁO',
      'Sơ kết hoạt động của Tổ CNSCĐ 6 tháng đầu năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm 2023',
      // Body paragraphs are not head lines ("Thực hiện Công văn…", "- Số lượng Tổ CNSCĐ cấp xã: 23."); headings are.
      'I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2023',
      '1. Thông tin chung',
      '3. Kết quả đạt được',
      '3.1. Số liệu thống kê',
      'STT',
      '1',
    ]);
    expect(rows[10]).toEqual(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu']);
    // A cell of two paragraphs: its lines kept apart.
    const vneid = figures.rows.get(10 + 7)!.get(4)!;
    expect(cellText(vneid)).toBe('71.994\ntrong đó: 4.621 tài khoản mức độ 1, 71.373 tài khoản mức độ 2');
    expect(vneid.origin).toEqual({ file: join(WORD, 'tu-ky-6-thang-2023.docx'), sheet: 'Bảng 2', line: 7, column: 4 });
  });

  it('repeats a cell merged down (vMerge) or across (gridSpan) in the cells it covers, as a merged range is read', () => {
    const figures = read('kinh-mon-tcvn3.docx').sheets[1]!;
    const offset = figures.tableRowOffset!;
    const at = (line: number, column: number) => figures.rows.get(offset + line)?.get(column);
    // "Tài khoản" merged over rows 5 and 6 of the table.
    expect([cellText(at(5, 3)), cellText(at(6, 3))]).toEqual(['Tài khoản', 'Tài khoản']);
    expect(at(6, 3)!.mergedFrom).toBeDefined();
    expect(at(5, 3)!.mergedFrom).toBeUndefined();
    // The last row, one cell over the four columns.
    const last = [1, 2, 3, 4].map((c) => at(9, c));
    expect(last.map((c) => cellText(c))).toEqual(Array(4).fill('Số liệu do Văn phòng HĐND và UBND thị xã tổng hợp'));
    expect(last.slice(1).every((c) => c!.mergedFrom)).toBe(true);
  });

  it('decodes the letterhead typed in the TCVN3 font .VnTimeH by its font, and leaves Unicode runs as they are', () => {
    const head = read('kinh-mon-tcvn3.docx').sheets[1]!.rows.get(1)!.get(1)!;
    expect(cellText(head)).toBe('UBND THỊ XÃ KINH MÔN\nTỔ CHỈ ĐẠO CNSCĐ');
    expect(decodeLegacyRun('Uû ban nh©n d©n', legacyFont('.VnTimeH')!)).toBe('UỶ BAN NHÂN DÂN');
    expect(decodeLegacyRun('X· nam chÝnh', legacyFont('.VnTime')!)).toBe('Xã nam chính');
    expect(decodeLegacyRun('Huyeän Töù Kyø', legacyFont('VNI-Times')!)).toBe('Huyện Tứ Kỳ');
    expect(decodeLegacyRun('Huyện Tứ Kỳ', legacyFont('.VnTime')!)).toBe('Huyện Tứ Kỳ');
    expect([legacyFont('Times New Roman'), legacyFont(undefined)]).toEqual([null, null]);
  });
});

describe('readDocx: an old template whose styles draw the text in .VnTime', () => {
  // As an office's 1990s template has it: no font on the runs, the Normal style in .VnTime, the font table naming it.
  const docx = (fontTable: boolean) =>
    zipSync({
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>UBND huyÖn tø kú</w:t></w:r></w:p>' +
          '<w:p><w:pPr><w:pStyle w:val="Tieude"/></w:pPr><w:r><w:t>b¸o c¸o</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>Số liệu</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>',
      ),
      'word/styles.xml': strToU8(
        '<?xml version="1.0"?><w:styles xmlns:w="w"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>' +
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>' +
          '<w:style w:styleId="Tieude"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style></w:styles>',
      ),
      ...(fontTable ? { 'word/fontTable.xml': strToU8('<?xml version="1.0"?><w:fonts xmlns:w="w"><w:font w:name=".VnTime"/></w:fonts>') } : {}),
    });

  it('decodes a run by its paragraph style’s font (up its basedOn chain), with or without a font table', () => {
    for (const withTable of [true, false]) {
      const book = readDocx('x.docx', docx(withTable));
      const head = [...book.sheets[0]!.rows.values()].map((r) => cellText(r.get(1)));
      // A paragraph with no style of its own is in Normal (.VnTime); the styled one in .VnTimeH, decoded in capitals;
      // the cell's run names its own Unicode font.
      expect(head.slice(0, 2), String(withTable)).toEqual(['UBND huyện tứ kỳ', 'BÁO CÁO']);
      expect(head.at(-1)).toBe('Số liệu');
    }
  });
});

describe('readDocx: a letterhead in a text box', () => {
  it('reads the box’s paragraphs as lines of their own, once (not again from the VML fallback Word writes beside it)', () => {
    const box = (lines: string[]) => `<w:txbxContent>${lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('')}</w:txbxContent>`;
    const lines = ['UBND HUYỆN TỨ KỲ', 'TỔ CHỈ ĐẠO TRIỂN KHAI CNSCĐ'];
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Trước </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box(lines)}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox>${box(lines)}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>sau</w:t></w:r></w:p>` +
      '<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p><w:p><w:r><w:t>Kết quả 6 tháng đầu năm 2023</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const bytes = zipSync({
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc" xmlns:wps="wps" xmlns:v="v"><w:body>${body}</w:body></w:document>`,
      ),
    });
    const head = [...readDocx('x.docx', bytes).sheets[0]!.rows.values()].map((r) => cellText(r.get(1)));
    expect(head).toEqual(['UBND HUYỆN TỨ KỲ', 'TỔ CHỈ ĐẠO TRIỂN KHAI CNSCĐ', 'Trước sau', 'BÁO CÁO', 'Kết quả 6 tháng đầu năm 2023', 'STT']);
  });
});

describe('validate on a Word report', () => {
  it('finds the unit in the letterhead, the period in the subject (not the plans), the date, and every figure', () => {
    for (const name of ['tu-ky-6-thang-2023.docx', 'tu-ky-6-thang-2023-libreoffice.docx']) {
      const f = validated(join(WORD, name));
      expect([f.format, f.unit, f.period, f.reportDate], name).toEqual(['docx', 'Huyện Tứ Kỳ', '2023-H1', '2023-07-20']);
      const values = Object.fromEntries(Object.entries(f.values as Record<string, { value: number }>).map(([k, v]) => [k, v.value]));
      expect(values, name).toEqual({
        so_ho_gia_dinh: 58076,
        so_buoi_tap_huan: 23,
        so_thanh_vien_duoc_tap_huan: 615,
        so_nguoi_dan_duoc_huong_dan: 17250,
        so_tai_khoan_dvctt: 15352,
        so_tai_khoan_vneid: 71994,
        so_tai_khoan_vneid_muc_1: 4621,
        so_tai_khoan_vneid_muc_2: 71373,
        so_san_pham_ocop: 11,
        so_ocop_len_san: 9,
      });
    }
  });

  it('names a table, its row and its column: seed 001’s VNeID levels that do not add up', () => {
    const r = cnscd(['validate', join(WORD, 'tu-ky-6-thang-2023.docx')]);
    expect(r.code).toBe(1);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Bảng 2, dòng 7, cột 4 lỗi Số tài khoản VNeID được tạo');
    expect(r.stdout).toContain('75.994');
  });

  it('says a Word document with no table of figures has none: a cover letter, and seed 000 with its figures in prose', () => {
    for (const name of ['cong-van.docx', 'tu-ky-nam-2022.docx']) {
      const f = validated(join(WORD, name));
      expect(
        f.findings.map((x: { code: string }) => x.code),
        name,
      ).toEqual(['no-table']);
      expect(f.findings[0].message, name).toContain('Không tìm thấy bảng số liệu');
    }
  });
});

describe('aggregate with Word reports among the workbooks', () => {
  it('adds a Word report up as the same figures in a workbook, names seed 001’s error, and lists a cover letter as skipped', () => {
    const all = JSON.parse(cnscd(['aggregate', copyDistricts(), '--roster', ROSTER, '--out', tempDir(), '--json']).stdout);
    const dir = copyDistricts();
    rmSync(join(dir, 'kinh-mon.xlsx'));
    copyFileSync(join(WORD, 'kinh-mon-tcvn3.docx'), join(dir, 'kinh-mon-tcvn3.docx'));
    copyFileSync(join(WORD, 'cong-van.docx'), join(dir, 'cong-van.docx'));
    copyFileSync(join(WORD, 'tu-ky-nam-2022.docx'), join(dir, 'tu-ky-nam-2022.docx'));
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', tempDir(), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals).toEqual(all.totals);
    expect(json.units.map((u: { name: string }) => u.name)).toEqual(all.units.map((u: { name: string }) => u.name));
    expect(json.skipped).toContainEqual({ path: 'cong-van.docx', reason: 'document-no-table' });
    expect(json.skipped).toContainEqual({ path: 'tu-ky-nam-2022.docx', reason: 'document-no-table' });
    expect(json.files.find((f: { path: string }) => f.path === 'kinh-mon-tcvn3.docx')).toMatchObject({ format: 'docx', status: 'counted' });
    const shown = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', tempDir()]);
    expect(shown.stdout).toContain('cong-van.docx — văn bản không có bảng số liệu');
  });
});

describe('hostile Word documents stay within bounds', () => {
  it('refuses a zip bomb named .docx while inflating it, as a Word document', () => {
    const path = join(tempDir(), 'bom.docx');
    zipBomb(path, {}, 'word/document.xml', 256);
    const f = validated(path);
    expect(f.findings[0].code).toBe('file-too-large');
    expect(f.findings[0].message).toContain('Văn bản Word khi giải nén vượt quá');
  });

  it('refuses a document of 10,000 tables, saying how many, and a cell of 10 MB, saying where', () => {
    const doc = (body: string) =>
      zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`) });
    const table = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Đơn vị</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const dir = tempDir();
    writeFileSync(join(dir, 'bang.docx'), doc(table.repeat(10_000)));
    const many = validated(join(dir, 'bang.docx'));
    expect(many.findings[0].code).toBe('file-too-large');
    expect(many.findings[0].message).toContain('Văn bản có 10.000 bảng, quá giới hạn 255');
    writeFileSync(
      join(dir, 'o-lon.docx'),
      doc(`${table}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${'a'.repeat(10 * 1024 * 1024)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`),
    );
    const long = validated(join(dir, 'o-lon.docx'));
    expect(long.findings[0].message).toContain('Ô Bảng 2, dòng 1 dài 10.485.760 ký tự');
  });

  it('says a truncated or damaged .docx is damaged, never a stack trace', () => {
    const whole = readFileSync(join(WORD, 'tu-ky-6-thang-2023.docx'));
    const dir = tempDir();
    writeFileSync(join(dir, 'cut.docx'), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = cnscd(['validate', join(dir, 'cut.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(validated(join(dir, 'cut.docx')).findings[0].code).toMatch(/^file-(corrupt|wrong-type)$/);
  });
});
