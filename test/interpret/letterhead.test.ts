// A report with no `Đơn vị:` line (a Word report, a form typed like one): the unit from its letterhead, the date from
// its place-and-date line, the period from its subject and not from the plans after it (issue 26).
import { describe, expect, it } from 'vitest';
import { fromLetterhead, periodFromTitles, type TitleLine } from '../../src/interpret/info.js';
import type { UnitReport } from '../../src/model/submission.js';

const report = (): UnitReport => ({ unit: null, period: null, info: {}, values: new Map(), duplicates: [] });
const titles = (...texts: string[]): TitleLine[] => texts.map((text, i) => ({ text, origin: { file: 'x.docx', sheet: 'Đầu văn bản', line: i + 1 } }));

describe('the letterhead', () => {
  it('names the issuing agency’s unit, the lower of a parent and its own, in a roster’s capitals', () => {
    const cases: [string[], string | null][] = [
      [['UBND HUYỆN TỨ KỲ\nTỔ CHỈ ĐẠO TRIỂN KHAI CNSCĐ'], 'Huyện Tứ Kỳ'],
      [['UBND HUYỆN TỨ KỲ\nUBND XÃ AN THANH'], 'Xã An Thanh'],
      [['ỦY BAN NHÂN DÂN\nXÃ NAM CHÍNH'], 'Xã Nam Chính'],
      [['UỶ BAN NHÂN DÂN', 'XÃ NAM CHÍNH'], null],
      [['UBND THỊ XÃ KINH MÔN'], 'Thị xã Kinh Môn'],
      [['UBND  HUYỆN  TỨ KỲ'], 'Huyện Tứ Kỳ'],
      [['UBND thành phố Hải Dương'], 'Thành phố Hải Dương'],
      [['UBND TỈNH HẢI DƯƠNG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG'], 'Tỉnh Hải Dương'],
      [['SỞ THÔNG TIN VÀ TRUYỀN THÔNG'], null],
      [['TỔ CHỈ ĐẠO CNSCĐ\nHUYỆN TỨ KỲ'], 'Huyện Tứ Kỳ'],
      [['BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ THỊ XÃ KINH MÔN'], 'Thị xã Kinh Môn'],
      [['TỔ CHỈ ĐẠO TRIỂN KHAI CNSCĐ'], null],
      [['SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'], null],
      [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], null],
    ];
    for (const [lines, unit] of cases) {
      const r = report();
      fromLetterhead(r, titles(...lines));
      expect(r.unit?.value ?? null, lines.join(' / ')).toBe(unit);
    }
  });

  it('never overrides a unit a `Đơn vị:` line gave', () => {
    const r = report();
    r.unit = { value: 'Xã An Thanh', text: 'Xã An Thanh', origin: { file: 'x' } };
    fromLetterhead(r, titles('UBND HUYỆN TỨ KỲ'));
    expect(r.unit.value).toBe('Xã An Thanh');
  });

  it('dates the report by its place-and-date line, not by one left blank for the registry', () => {
    const dated = report();
    fromLetterhead(dated, titles('UBND HUYỆN TỨ KỲ', 'Tứ Kỳ, ngày 20 tháng 7 năm 2023'));
    expect(dated.reportDate?.value).toBe('2023-07-20');
    const blank = report();
    fromLetterhead(blank, titles('Nam Chính, ngày        tháng 3 năm 2023'));
    expect(blank.reportDate).toBeUndefined();
  });
});

describe('the period of a subject line', () => {
  it('is the one reported, not the plans after it, and never the month of a date line', () => {
    const r = report();
    periodFromTitles(
      r,
      titles('Tứ Kỳ, ngày    tháng 7 năm 2023', 'Sơ kết hoạt động của Tổ CNSCĐ 6 tháng đầu năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm 2023'),
    );
    expect(r.period?.value.key).toBe('2023-H1');
    const year = report();
    periodFromTitles(year, titles('Nam Chính, ngày 10 tháng 3 năm 2023', 'Tình hình hoạt động của Tổ CNSCĐ năm 2022; Phương hướng hoạt động năm 2023'));
    // Seed 000's subject: the plans after a semicolon.
    expect(year.period?.value.key).toBe('2022');
    // "thực hiện nhiệm vụ" is no plan: the period after it is the one reported.
    const task = report();
    periodFromTitles(task, titles('Kết quả thực hiện nhiệm vụ năm 2023'));
    expect(task.period?.value.key).toBe('2023');
  });
});
