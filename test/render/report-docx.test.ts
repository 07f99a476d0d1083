import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** The text of every paragraph, in order (runs joined). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).filter(Boolean);
}

/** The paragraph (its XML) whose text is exactly `text`. */
function paragraphXml(xml: string, text: string): string {
  const p = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .find((x) => [...x.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') === text);
  if (!p) throw new Error(`no paragraph "${text}"`);
  return p;
}

describe('bao-cao.docx, read as Word reads it', () => {
  let doc = '';
  let text: string[] = [];
  let zip: JSZip;
  beforeAll(async () => {
    const out = tempDir();
    const r = cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', out, '--number', '5']);
    expect(r.code).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')));
    doc = await zip.file('word/document.xml')!.async('string');
    text = paragraphs(doc);
  });

  it('is A4 portrait with the decree margins, then a landscape appendix section, each numbered from 1', () => {
    const sections = [...doc.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    for (const s of sections) {
      expect(s).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(s).toContain('<w:titlePg/>'); // no number on the first page
    }
  });

  it('puts the page number centred in the header of pages after the first', async () => {
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const numbered = headers.filter((h) => h.includes('PAGE'));
    expect(numbered).toHaveLength(2);
    for (const h of numbered) expect(h).toContain('<w:jc w:val="center"/>');
  });

  it('writes everything in Times New Roman, the body at 14 pt, justified with a 1 cm first line', () => {
    const fonts = new Set([...doc.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const opening = paragraphXml(doc, text.find((t) => t.startsWith('Tổ chỉ đạo triển khai Công nghệ số cộng đồng tỉnh Hải Dương báo cáo'))!);
    expect(opening).toContain('<w:jc w:val="both"/>');
    expect(opening).toContain('w:firstLine="567"');
    expect(opening).toContain('<w:sz w:val="28"/>');
  });

  it('is in Vietnamese, written by its agency, its header cells centred both ways, its units of measure as a sentence writes them', async () => {
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"\/>/);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>Tổ chỉ đạo triển khai Công nghệ số cộng đồng</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Tổ chỉ đạo triển khai Công nghệ số cộng đồng</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
    // The appendix's header: centred both ways; each unit of measure on its own line under the indicator's name, as
    // a sentence writes it ("(thôn/KDC)" keeps its acronym), in bold like the name.
    const headers = [...doc.matchAll(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(headers).toHaveLength(2); // the statistics table's and the appendix's
    for (const header of headers) expect(header.match(/<w:vAlign w:val="center"\/>/g)?.length).toBe(header.match(/<w:tc>/g)?.length);
    expect(paragraphs(headers[1]!)).toContain('Số người dân được hướng dẫn');
    expect(paragraphs(headers[1]!)).toContain('(người)');
    expect(paragraphs(headers[1]!)).not.toContain('(thôn/KDC)'); // no unit reported that indicator here
    expect(paragraphXml(headers[1]!, '(người)')).toContain('<w:b/>');
  });

  it('keeps the appendix’s last unit, its Tổng cộng row and its notes together, at 11 pt, the name column fitted', async () => {
    const appendix = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('>Tổng cộng<'))!;
    const rows = [...appendix.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    // Kept with the next: every paragraph of the last unit's row and of the total row, no other row's.
    const kept = rows.map((r) => (r.match(/<w:keepNext\/>/g) ?? []).length === (r.match(/<w:p>/g) ?? []).length);
    expect(kept.map((k, i) => (k ? i : -1)).filter((i) => i >= 0)).toEqual([rows.length - 2, rows.length - 1]);
    expect(rows.slice(0, -2).join('')).not.toContain('<w:keepNext/>');
    // …and the note under the table is the next paragraph, kept whole.
    const after = doc.slice(doc.indexOf(appendix) + appendix.length);
    expect(paragraphs(after)[0]).toMatch(/^Ghi chú: /);
    expect(/<w:p>[\s\S]*?<\/w:p>/.exec(after)![0]).toContain('<w:keepLines/>');
    // 11 pt for seven indicator columns; STT about 10 mm; the name column as wide as "Thành phố Hải Dương" needs.
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="CnscdBang">[\s\S]*?<w:sz w:val="22"\/>/);
    const grid = [...appendix.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[0]).toBe(600);
    expect(grid[1]).toBeGreaterThan(1800);
    expect(grid[1]).toBeLessThan(2600);
  });

  it('gives a ratio with its basis where it is not the plain totals’ (8 units reported both; the text says 111/162)', () => {
    expect(text).toContain('Tỷ lệ sản phẩm OCOP được đưa lên sàn TMĐT (tính trên 8 đơn vị báo cáo đủ hai chỉ tiêu: 88/133)');
    expect(text.some((t) => t.includes('đưa 111/162 sản phẩm OCOP'))).toBe(true);
  });

  it('speaks to its readers only: no file name, sheet, cell, indicator code or statistical term anywhere', () => {
    for (const t of text) expect(t, t).not.toMatch(/\.(csv|xlsx|json|docx)\b|tong-hop|Sheet\d|![A-Z]+\d|\bso_[a-z_]+|trung vị|\bdòng \d+/);
  });

  it('balances an agency’s name over the header’s lines, never a word alone, unless the config breaks it', async () => {
    const { agencyLines } = await import('../../src/render/report/official-text.js');
    expect(agencyLines('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 21)).toEqual(['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']);
    expect(agencyLines('UBND TỈNH HẢI DƯƠNG', 25)).toEqual(['UBND TỈNH HẢI DƯƠNG']);
    expect(agencyLines('TỔ CHỈ ĐẠO\nTRIỂN KHAI CÔNG NGHỆ SỐ', 21)).toEqual(['TỔ CHỈ ĐẠO', 'TRIỂN KHAI CÔNG NGHỆ SỐ']);
    for (const lines of [agencyLines('TỔ CHỈ ĐẠO TRIỂN KHAI CÔNG NGHỆ SỐ CỘNG ĐỒNG', 21), agencyLines('BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG', 21)]) {
      expect(
        lines.every((l) => l.length <= 21 && l.includes(' ')),
        lines.join(' / '),
      ).toBe(true);
    }
    const { measureInText } = await import('../../src/render/docx/report-docx.js');
    expect(['Thôn/KDC', 'Hộ gia đình', 'Tài khoản', 'Sản phẩm'].map(measureInText)).toEqual(['thôn/KDC', 'hộ gia đình', 'tài khoản', 'sản phẩm']);
  });

  it('opens with the borderless two-column header: agency | Quốc hiệu, Số | place and date', () => {
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(header).not.toMatch(/w:val="single"[^>]*\/><\/w:tblBorders>/);
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    expect(paragraphs(header)).toEqual([
      'UBND TỈNH HẢI DƯƠNG',
      // Broken where the config says (an array of lines), not by Word before a last word alone.
      'TỔ CHỈ ĐẠO TRIỂN KHAI',
      'CÔNG NGHỆ SỐ CỘNG ĐỒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/BC-TCĐCNSCĐ',
      'Hải Dương, ngày 08 tháng 8 năm 2023',
    ]);
    const motto = paragraphXml(header, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toContain('<w:b/>');
    expect(motto).not.toContain('<w:u '); // a drawn line below, never an underline
    expect(paragraphXml(header, 'Hải Dương, ngày 08 tháng 8 năm 2023')).toContain('<w:i/>');
    // The rule under the motto: a bottom border as long as the motto (56.1 mm), centred in the right column.
    expect(header).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>[\s\S]*?<w:ind w:left="(\d+)" w:right="\1"\/>/);
  });

  it('has the title, the subject, the parts of seed 003 in its order with the clerk’s own text, and the true totals', () => {
    const i = text.indexOf('BÁO CÁO');
    expect(text[i + 1]).toBe('Kết quả hoạt động của Tổ Công nghệ số cộng đồng 6 tháng đầu năm 2023');
    // The parts as seed 003 has them: the clerk's own (noi-dung-bao-cao.md) and the figures' (III), one order.
    expect(text.filter((t) => /^[IVX]+\. /.test(t))).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ TRIỂN KHAI CẤP TỈNH',
      'III. KẾT QUẢ TRIỂN KHAI CẤP HUYỆN',
      'IV. BÀI HỌC KINH NGHIỆM',
      'V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'VI. ĐỊNH HƯỚNG TRIỂN KHAI TRONG THỜI GIAN TỚI',
      'VII. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    // The clerk's paragraphs under their part, the sub-headings kept, the units' notes after the clerk's own.
    const part = (title: string) => text.indexOf(title);
    expect(text[part('I. ĐẶC ĐIỂM TÌNH HÌNH') + 1]).toMatch(/^Ngày 21\/3\/2022, Ủy ban nhân dân tỉnh Hải Dương ban hành Quyết định số 689\/QĐ-UBND/);
    expect(text[part('IV. BÀI HỌC KINH NGHIỆM') + 1]).toBe('1. Sớm triển khai tập huấn đồng bộ trên địa bàn tại huyện Tứ Kỳ');
    const v = text.slice(part('V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'), part('VI. ĐỊNH HƯỚNG TRIỂN KHAI TRONG THỜI GIAN TỚI'));
    expect(v[1]).toMatch(/^- Các cấp chính quyền ở một số địa phương/);
    expect(v.slice(-4)).toEqual([
      'Một số tồn tại, hạn chế do các đơn vị nêu:',
      '- Thành phố Hải Dương: Số người dân được hướng dẫn còn thấp so với số thành viên được tập huấn.',
      '- Huyện Tứ Kỳ: Kinh phí để các Tổ CNSCĐ các thôn, KDC hoạt động không có.',
      '- Huyện Ninh Giang: Một số thành viên Tổ cấp thôn còn lúng túng khi hướng dẫn người dân cài đặt, kích hoạt VNeID mức độ 2.',
    ]);
    // Figures in the sentences rounded as seed 003 writes them (the config asks), every digit in the tables.
    const sentence = text.find((t) => t.startsWith('Trong 6 tháng đầu năm 2023, các huyện, thị xã, thành phố đã'))!;
    expect(sentence).toContain('tổ chức được 522 buổi hội nghị, tập huấn, hướng dẫn; 5.019 thành viên');
    expect(sentence).toContain('hướng dẫn hơn 316.000 lượt người dân');
    expect(sentence).toContain('hơn 198.000 tài khoản dịch vụ công trực tuyến');
    expect(sentence).toContain('hơn 564.000 tài khoản VNeID');
    expect(sentence).toContain('đưa 111/162 sản phẩm OCOP lên sàn thương mại điện tử (9/12 đơn vị có số liệu)');
    expect(sentence).not.toContain('308.760');
    // The units sorted as seed 003 sorts them.
    expect(text).toContain(
      'Có 7 đơn vị đã tích cực triển khai hoạt động của Tổ: Thành phố Hải Dương, Huyện Nam Sách, Huyện Cẩm Giàng, Huyện Gia Lộc, Huyện Tứ Kỳ, Huyện Ninh Giang, Huyện Thanh Miện.',
    );
    expect(text).toContain('Có 2 đơn vị chưa triển khai tập huấn cho thành viên của Tổ: Thị xã Kinh Môn, Huyện Thanh Hà.');
    expect(text).toContain('Đã nhận báo cáo của 12/12 đơn vị.');
    expect(text[text.length - 1]).not.toBe('');
  });

  it('has the statistics table STT / Nội dung / Đơn vị tính / Số liệu with the header row repeated', () => {
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const stats = tables.find((t) => t.includes('>Nội dung<'))!;
    const rows = [...stats.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => paragraphs(m[0]));
    expect(rows[0]).toEqual(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu', 'Số đơn vị báo cáo']);
    expect(stats).toContain('<w:tblHeader/>');
    expect(rows).toContainEqual(['3', 'Số người dân được hướng dẫn', 'Người', '316.105', '12/12']);
    expect(rows).toContainEqual(['6', 'Số sản phẩm OCOP của địa phương', 'Sản phẩm', '162', '10/12']);
    // Figures this short keep the columns' usual widths.
    expect([...stats.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([680, 4374, 1400, 1400, 1500]);
  });

  it('ends with Nơi nhận and the signer block, then the appendix: a row per unit, "-" for not reported, a bold Tổng cộng', () => {
    const i = text.indexOf('Nơi nhận:');
    expect(text.slice(i + 1, i + 3)).toEqual(['- Bộ TTTT (b/c);', '- Thường trực Tỉnh ủy (b/c);']);
    expect(text).toContain('- Lưu: VT, BCVTCNTT.');
    const signer = text.indexOf('TỔ TRƯỞNG');
    expect(text.slice(signer, signer + 3)).toEqual(['TỔ TRƯỞNG', 'GIÁM ĐỐC SỞ TTTT', 'Nguyễn Cao Thắng']);
    const p = text.indexOf('Phụ lục');
    expect(text[p + 1]).toBe('KẾT QUẢ HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG 6 THÁNG ĐẦU NĂM 2023');
    expect(text[p + 2]).toBe('(Kèm theo Báo cáo số 05/BC-TCĐCNSCĐ ngày 08 tháng 8 năm 2023 của Tổ chỉ đạo triển khai Công nghệ số cộng đồng tỉnh Hải Dương)');
    const appendix = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('>Tổng cộng<'))!;
    const rows = [...appendix.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(14);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(paragraphs(rows[3]!)).toEqual(['3', 'Huyện Nam Sách', '19', '444', '30.000', '30.000', '60.000', '-', '-']);
    const totalRow = rows[13]!;
    expect(paragraphs(totalRow)).toEqual(['Tổng cộng', '522', '5.019', '316.105', '198.353', '564.808', '162', '111']);
    expect(totalRow).toContain('<w:gridSpan w:val="2"/>');
    expect(totalRow.match(/<w:b\/>/g)).toHaveLength(8);
  });

  it('keeps each note under the appendix table whole on one page, and lists no indicator nobody reported', () => {
    const notes = text.slice(text.indexOf('Ghi chú: “-” là đơn vị chưa báo cáo chỉ tiêu đó (không phải 0).'));
    expect(notes).toHaveLength(1);
    // A list of the indicators no unit reported reads as an admission in a signed report: the workbook keeps it.
    expect(text.some((t) => t.includes('chưa đơn vị nào báo cáo'))).toBe(false);
    const underTable = doc.slice(doc.lastIndexOf('</w:tbl>'));
    for (const n of notes) expect(paragraphXml(underTable, n)).toContain('<w:keepLines/>');
  });
});
