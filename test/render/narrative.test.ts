// The province's own words in its report (issue 25): the clerk's text file merged into the parts of seed 003, the
// units' notes grouped and mended, parts with nothing to say left out (and said so), figures rounded in sentences.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNarrative } from '../../src/node/load-settings.js';
import { mendSentence, unitNotes } from '../../src/render/report/compose.js';
import { roundedFigure } from '../../src/render/report/official-text.js';
import { parseNarrative, placeNarrative, type NarrativeItem } from '../../src/settings/narrative.js';
import { copyDistricts, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** The template's parts, as a province's report words them (`{capBaoCao}` cấp tỉnh, `{capDonVi}` cấp huyện) or a district's. */
const TEMPLATE = [
  'ĐẶC ĐIỂM TÌNH HÌNH',
  'KẾT QUẢ TRIỂN KHAI {capBaoCao}',
  'KẾT QUẢ TRIỂN KHAI {capDonVi}',
  'BÀI HỌC KINH NGHIỆM',
  'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
  'ĐỊNH HƯỚNG TRIỂN KHAI TRONG THỜI GIAN TỚI',
  'ĐỀ XUẤT, KIẾN NGHỊ',
];
const parts = (above: string, own: string) =>
  TEMPLATE.map((template) => ({ template, title: template.replace('{capBaoCao}', above).replace('{capDonVi}', own) }));
const PROVINCE = parts('CẤP TỈNH', 'CẤP HUYỆN');
const DISTRICT = parts('CẤP HUYỆN', 'CẤP XÃ');

/** A paragraph of the clerk's text as `p:…`, a sub-heading as `h2:…` or `h3:…`. */
const shown = (i: NarrativeItem) => `${i.kind === 'heading' ? `h${i.level}` : 'p'}:${i.runs.map((r) => r.text).join('')}`;

/** The paragraphs of bao-cao.docx's body, as text. */
async function reportText(out: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'))
    .filter(Boolean);
}

describe('the clerk’s text as plain text: a line a paragraph, as Notepad writes it', () => {
  const text = [
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    'Ngày 21/3/2022, UBND tỉnh ban hành Quyết định số 689/QĐ-UBND.',
    '',
    'Đến 6/2023, 100% các huyện đã thành lập tổ chỉ đạo.',
    'II. KẾT QUẢ TRIỂN KHAI CẤP TỈNH',
    '1. Công tác quản lý, điều hành',
    'Tổ chỉ đạo đã thành lập nhóm Zalo:',
    '- Nhóm của tỉnh;',
    'a) Về cung cấp chữ ký số cá nhân',
    '1. Đây là một câu đánh số, kết thúc bằng dấu chấm.',
    'BÀI HỌC KINH NGHIỆM',
    '   Huy động   đoàn viên thanh niên.  ',
  ].join('\r\n');

  it('finds the parts by their headings (numeral or capitals), sub-headings by their form, each line a paragraph', async () => {
    const n = await parseNarrative(text, 'txt', 'x.txt');
    expect(n.stray).toBeNull();
    expect(n.sections.map((s) => [s.heading, s.numeral, s.line])).toEqual([
      ['I. ĐẶC ĐIỂM TÌNH HÌNH', 1, 1],
      ['II. KẾT QUẢ TRIỂN KHAI CẤP TỈNH', 2, 5],
      ['BÀI HỌC KINH NGHIỆM', null, 11],
    ]);
    const items = n.sections.map((s) => s.items.map(shown));
    expect(items).toEqual([
      ['p:Ngày 21/3/2022, UBND tỉnh ban hành Quyết định số 689/QĐ-UBND.', 'p:Đến 6/2023, 100% các huyện đã thành lập tổ chỉ đạo.'],
      [
        'h2:1. Công tác quản lý, điều hành',
        'p:Tổ chỉ đạo đã thành lập nhóm Zalo:',
        'p:- Nhóm của tỉnh;',
        'h3:a) Về cung cấp chữ ký số cá nhân',
        // A numbered line that ends a sentence is a paragraph, not a heading.
        'p:1. Đây là một câu đánh số, kết thúc bằng dấu chấm.',
      ],
      ['p:Huy động đoàn viên thanh niên.'],
    ]);
  });

  it('places each part by its title, else by its numeral; a heading that names neither is placed nowhere', async () => {
    const n = await parseNarrative(
      [
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'a',
        'KẾT QUẢ TRIỂN KHAI CẤP TỈNH',
        'b',
        'III. TỒN TẠI, HẠN CHẾ',
        'c',
        'IX. PHỤ LỤC ẢNH',
        'd',
        'KHEN THƯỞNG CÁ NHÂN',
        'e',
        'VI. NHIỆM VỤ',
        'f',
      ].join('\n'),
      'txt',
      'x.txt',
    );
    const placed = placeNarrative(n, PROVINCE);
    const texts = placed.byPart.map((items) => items.map((i) => i.runs[0]!.text).join(''));
    // "TỒN TẠI, HẠN CHẾ" is the start of V's title, whatever numeral the clerk gave it; "VI. NHIỆM VỤ" names no title
    // and goes by its numeral.
    expect(texts).toEqual(['a', 'b', '', '', 'c', 'f', '']);
    expect(placed.unplaced.map((s) => [s.heading, s.line])).toEqual([
      ['IX. PHỤ LỤC ẢNH', 7],
      ['KHEN THƯỞNG CÁ NHÂN', 9],
    ]);
  });

  it('places a province’s headings in a district’s report by their numerals, a district’s own by their titles', async () => {
    // The example cnscd init writes is a province's: in a district's report (II "cấp huyện", III "cấp xã") its
    // "III. KẾT QUẢ TRIỂN KHAI CẤP HUYỆN" is still part III, not II whose title it now is.
    const province = await parseNarrative(['II. KẾT QUẢ TRIỂN KHAI CẤP TỈNH', 'b', 'III. KẾT QUẢ TRIỂN KHAI CẤP HUYỆN', 'c'].join('\n'), 'txt', 'x.txt');
    expect(placeNarrative(province, DISTRICT).byPart.map((items) => items.map((i) => i.runs[0]!.text).join(''))).toEqual(['', 'b', 'c', '', '', '', '']);
    // Without numerals, the title as the report words it decides.
    const own = await parseNarrative(['KẾT QUẢ TRIỂN KHAI CẤP XÃ', 'c', 'KẾT QUẢ TRIỂN KHAI CẤP HUYỆN', 'b'].join('\n'), 'txt', 'x.txt');
    expect(placeNarrative(own, DISTRICT).byPart.map((items) => items.map((i) => i.runs[0]!.text).join(''))).toEqual(['', 'b', 'c', '', '', '', '']);
  });

  it('names text before the first heading, which belongs to no part', async () => {
    const n = await parseNarrative('\n\nBáo cáo của Sở\nI. ĐẶC ĐIỂM TÌNH HÌNH\nx', 'txt', 'x.txt');
    expect(n.stray).toEqual({ line: 3, text: 'Báo cáo của Sở' });
  });
});

describe('the clerk’s text as Markdown', () => {
  const md = [
    '<!-- Ghi chú cho người viết: không in.',
    '',
    'Cả đoạn này cũng không in. -->',
    '',
    '# I. Đặc điểm tình hình',
    '',
    'Ngày 21/3/2022, UBND tỉnh **Hải Dương** ban hành',
    'Quyết định số 689/QĐ-UBND *về việc* thành lập Tổ chỉ đạo.',
    '',
    '## 1. Công tác quản lý',
    '',
    '- Sàn Voso.vn: Viettel & VNPT.',
    '- Sàn Postmart.vn.',
    '',
    '1. Sớm triển khai tập huấn',
    '',
    '### a) Chiến lược “mưa dầm thấm lâu”',
    '',
    '# TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    'Chưa có cơ chế động viên.',
  ].join('\n');

  it('joins a paragraph’s lines, keeps bold and italic, lists as “- ” lines, leaves comments out, and knows each line', async () => {
    const n = await parseNarrative(md, 'md', 'x.md');
    expect(n.stray).toBeNull();
    expect(n.sections.map((s) => [s.heading, s.line])).toEqual([
      ['I. Đặc điểm tình hình', 5],
      ['TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 19],
    ]);
    const [first, second] = n.sections;
    expect(first!.items[0]).toEqual({
      kind: 'para',
      runs: [
        { text: 'Ngày 21/3/2022, UBND tỉnh ' },
        { text: 'Hải Dương', bold: true },
        { text: ' ban hành Quyết định số 689/QĐ-UBND ' },
        { text: 'về việc', italics: true },
        { text: ' thành lập Tổ chỉ đạo.' },
      ],
    });
    const plain = first!.items.map(shown);
    expect(plain).toEqual([
      'p:Ngày 21/3/2022, UBND tỉnh Hải Dương ban hành Quyết định số 689/QĐ-UBND về việc thành lập Tổ chỉ đạo.',
      'h2:1. Công tác quản lý',
      'p:- Sàn Voso.vn: Viettel & VNPT.',
      'p:- Sàn Postmart.vn.',
      // An ordered item with no full stop reads as the heading it is in seed 003.
      'h2:1. Sớm triển khai tập huấn',
      'h3:a) Chiến lược “mưa dầm thấm lâu”',
    ]);
    expect(second!.items).toEqual([{ kind: 'para', runs: [{ text: 'Chưa có cơ chế động viên.' }] }]);
  });
});

describe('loading the clerk’s text', () => {
  it('reads a .txt as Notepad saves it (UTF-16 with its mark, CRLF) and one in Windows-1258', async () => {
    const dir = tempDir('cnscd-nar-');
    const text = 'I. ĐẶC ĐIỂM TÌNH HÌNH\r\nNgày 21/3/2022, Ủy ban nhân dân tỉnh ban hành Quyết định.\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(join(dir, 'noi-dung-bao-cao.txt'), utf16);
    const config = join(dir, 'cnscd.config.json');
    const n = await loadNarrative('', config, dir, 'vi');
    expect(n!.source).toBe(join(dir, 'noi-dung-bao-cao.txt'));
    expect(n!.sections[0]!.items[0]!.runs[0]!.text).toBe('Ngày 21/3/2022, Ủy ban nhân dân tỉnh ban hành Quyết định.');
    // Named in the config, relative to the config file; a .md beside it is then not used.
    writeFileSync(join(dir, 'noi-dung-bao-cao.md'), '# I. ĐẶC ĐIỂM TÌNH HÌNH\n\nkhác\n');
    expect((await loadNarrative('noi-dung-bao-cao.txt', config, dir, 'vi'))!.source).toBe(join(dir, 'noi-dung-bao-cao.txt'));
    // Unnamed: the .md is looked for first.
    expect((await loadNarrative('', config, dir, 'vi'))!.source).toBe(join(dir, 'noi-dung-bao-cao.md'));
    await expect(loadNarrative('khong-co.md', config, dir, 'vi')).rejects.toMatchObject({ name: 'SettingsFileError', code: 'ENOENT' });
    expect(await loadNarrative('', join(tempDir(), 'cnscd.config.json'), dir, 'vi')).toBeUndefined();
  });
});

describe('units’ notes in the report', () => {
  it('are mended as sentences: lines run on, spaces where a report puts them, a capital, one full stop', () => {
    expect(mendSentence('kinh phí hoạt động còn thiếu')).toBe('Kinh phí hoạt động còn thiếu.');
    expect(mendSentence('- Thiếu thiết bị \n- Một số thôn chưa có wifi')).toBe('Thiếu thiết bị; Một số thôn chưa có wifi.');
    expect(mendSentence('Thiếu thiết bị ,\nmột số thôn chưa có wifi')).toBe('Thiếu thiết bị, một số thôn chưa có wifi.');
    expect(mendSentence('Thiếu máy tính.\nCần hỗ trợ thêm ;')).toBe('Thiếu máy tính. Cần hỗ trợ thêm.');
    expect(mendSentence('  Cần   hỗ trợ( kinh phí ),đường truyền,.')).toBe('Cần hỗ trợ(kinh phí), đường truyền.');
    // Numbers keep their marks: 12,5 and 1.000 are not sentences.
    expect(mendSentence('đạt 12,5% với 1.000 hộ')).toBe('Đạt 12,5% với 1.000 hộ.');
    expect(mendSentence(' ;, ')).toBe('');
  });

  it('say each text once, after every unit that wrote it', () => {
    expect(
      unitNotes([
        { unit: 'Huyện A', text: 'thiếu kinh phí' },
        { unit: 'Huyện B', text: 'Thiếu kinh phí.' },
        { unit: 'Huyện C', text: 'Thiếu thiết bị' },
        { unit: 'Huyện B', text: 'thiếu  kinh phí' },
      ]),
    ).toEqual([
      { units: ['Huyện A', 'Huyện B'], text: 'Thiếu kinh phí.' },
      { units: ['Huyện C'], text: 'Thiếu thiết bị.' },
    ]);
  });
});

describe('figures in sentences, rounded as a report writes them', () => {
  it('from 10.000 up, down to three leading digits, with “hơn”; smaller or round figures as they are', () => {
    expect([316_105, 198_353, 564_808, 10_001, 1_234_567, 5_019, 9_999, 300_000, 120_000_000].map(roundedFigure)).toEqual([
      'hơn 316.000',
      'hơn 198.000',
      'hơn 564.000',
      'hơn 10.000',
      'hơn 1.230.000',
      '5.019',
      '9.999',
      '300.000',
      '120.000.000',
    ]);
  });
});

describe('aggregate with the clerk’s text', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyDistricts();
  });

  it('leaves out a part with nothing to say, numbers the rest in order, and says on the terminal which and why', async () => {
    rmSync(join(dir, 'noi-dung-bao-cao.md'));
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(0);
    // Wrapped to the terminal's width: read as one text.
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'Báo cáo không có 4 phần “Đặc điểm tình hình”, “Kết quả triển khai cấp tỉnh”, “Bài học kinh nghiệm”, “Định hướng triển khai trong thời gian tới” vì chưa có nội dung; muốn có, hãy viết vào noi-dung-bao-cao.md (cnscd init tạo tệp mẫu) rồi chạy lại.',
    );
    const en = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', tempDir(), '--lang', 'en']);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain(
      'The report leaves out 4 parts “Đặc điểm tình hình”, “Kết quả triển khai cấp tỉnh”, “Bài học kinh nghiệm”, “Định hướng triển khai trong thời gian tới”, with nothing to say in them. To have them, write them in noi-dung-bao-cao.md (cnscd init writes an example) and run again.',
    );
    const text = await reportText(out);
    expect(text.filter((t) => /^[IVX]+\. /.test(t))).toEqual([
      'I. KẾT QUẢ TRIỂN KHAI CẤP HUYỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    // Never a placeholder in the signed text.
    expect(text.join('\n')).not.toMatch(/chưa có nội dung|bổ sung trước khi trình ký/);
  });

  it('takes a .txt the config names from among the submissions, never as a submission, and says it used it', async () => {
    const config = JSON.parse(readFileSync(join(dir, 'cnscd.config.json'), 'utf8'));
    writeFileSync(join(dir, 'cnscd.config.json'), JSON.stringify({ ...config, noiDungBaoCao: 'phan-tu-viet.txt' }));
    writeFileSync(join(dir, 'phan-tu-viet.txt'), 'IV. BÀI HỌC KINH NGHIỆM\nHuy động lực lượng đoàn viên thanh niên tham gia.\n');
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.files).toHaveLength(12);
    expect(json.skipped).toContainEqual(expect.objectContaining({ path: 'phan-tu-viet.txt', reason: 'settings' }));
    const text = await reportText(out);
    const at = text.indexOf('II. BÀI HỌC KINH NGHIỆM');
    expect(text[at + 1]).toBe('Huy động lực lượng đoàn viên thanh niên tham gia.');
    const shown = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', tempDir()], {}, [], dir);
    expect(shown.stdout.replace(/\s+/g, ' ')).toContain('Phần tự viết của báo cáo: phan-tu-viet.txt.');
  });

  it('refuses a heading that names no part, saying the file, the line, the parts there are; writes nothing', () => {
    writeFileSync(join(dir, 'phan-tu-viet.txt'), 'I. ĐẶC ĐIỂM TÌNH HÌNH\nx\nVIII. KHEN THƯỞNG\nTặng bằng khen cho 3 tập thể.\n');
    const out = join(tempDir(), 'out');
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phan-tu-viet.txt');
    expect(r.stderr).toContain(
      'dòng 3: đề mục "VIII. KHEN THƯỞNG" không khớp phần nào của báo cáo; các phần là: I. ĐẶC ĐIỂM TÌNH HÌNH; II. KẾT QUẢ TRIỂN KHAI CẤP TỈNH;',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(() => readFileSync(join(out, 'bao-cao.docx'))).toThrow();
    writeFileSync(join(dir, 'phan-tu-viet.txt'), 'Kính gửi UBND tỉnh\nI. ĐẶC ĐIỂM TÌNH HÌNH\nx\n');
    const stray = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out, '--lang', 'en']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('line 1: "Kính gửi UBND tỉnh" comes before the first part\'s heading');
  });

  it('with cnscd init’s example left as it is, prints nothing of it: the notes to the clerk are never in the report', async () => {
    rmSync(join(dir, 'phan-tu-viet.txt'));
    const folder = tempDir('cnscd-init-');
    expect(cnscd(['init', '--dir', folder]).code).toBe(0);
    const example = readFileSync(join(folder, 'noi-dung-bao-cao.md'), 'utf8');
    expect(example).toContain('# V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN');
    const config = JSON.parse(readFileSync(join(dir, 'cnscd.config.json'), 'utf8'));
    writeFileSync(join(dir, 'cnscd.config.json'), JSON.stringify({ ...config, noiDungBaoCao: join(folder, 'noi-dung-bao-cao.md') }));
    const out = tempDir();
    expect(cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]).code).toBe(0);
    const text = (await reportText(out)).join('\n');
    expect(text).not.toMatch(/Ví dụ|cnscd|noi-dung|khung ghi chú/);
    expect(text).toContain('I. KẾT QUẢ TRIỂN KHAI CẤP HUYỆN');
  });
});
