import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { padFields, readCsv } from '../../src/read/csv.js';
import { cellRef } from '../../src/model/origin.js';
import { detectDelimiter } from '../../src/read/delimiter.js';
import { cellText } from '../../src/model/sheet.js';

const enc = (s: string) => Buffer.from(s, 'utf8');

describe('delimiter', () => {
  it('finds , ; and tab, ignoring quoted text and thousands marks', () => {
    expect(detectDelimiter('Đơn vị,Số liệu\n"Nam Sách, HD",1\nTứ Kỳ,2\n')).toBe(',');
    expect(detectDelimiter('Đơn vị;Số liệu;Số buổi\nNinh Giang;56,733;1\nTứ Kỳ;17,250;2\n')).toBe(';');
    expect(detectDelimiter('Đơn vị\tSố liệu\nNinh Giang\t56.733\n')).toBe('\t');
    expect(detectDelimiter('Đơn vị: Huyện Tứ Kỳ\nKỳ báo cáo: 6 tháng đầu năm 2023\nSTT;Nội dung;Số liệu\n1;A;2\n2;B;3\n')).toBe(';');
  });
});

describe('readCsv', () => {
  it('gives every cell its line and column, counting lines inside quoted fields', () => {
    const book = readCsv('x.csv', enc('STT;Nội dung;Số liệu\r\n1;"Số tài khoản\r\nVNeID";71.994\r\n2;Số buổi;23\r\n'));
    const sheet = book.sheets[0]!;
    const last = sheet.rows.get(3)!.get(3)!;
    expect(cellText(last)).toBe('23');
    expect(last.origin).toEqual({ file: 'x.csv', cell: 'C3', line: 4, column: 3 });
    expect(cellText(sheet.rows.get(2)!.get(2))).toBe('Số tài khoản\r\nVNeID');
    expect(book.delimiter).toBe(';');
  });

  it('reads CR-only and LF line endings alike', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const book = readCsv('x.csv', enc(['a,b', '1,2', '3,4'].join(eol)));
      expect(book.sheets[0]!.rowCount, JSON.stringify(eol)).toBe(3);
      expect(cellText(book.sheets[0]!.rows.get(3)!.get(2))).toBe('4');
    }
  });

  it('ends a record at every line break when a file mixes them (one line re-saved with a bare \\n), its lines still counted', () => {
    // csv-parse, left to guess, takes the first break (\r\n) as the only one: the line after a bare \n ran on into
    // the cell before it, and "19\n2" was read as one figure.
    for (const quoted of [false, true]) {
      const q = (s: string) => (quoted ? `"${s}"` : s);
      const text = `Đơn vị: Huyện Gia Lộc,,\r\nSTT,${q('Nội dung, tên')},Số liệu\r\n1,A,19\n2,B,106\r\n3,C,438\r\n`;
      const sheet = readCsv('x.csv', enc(text)).sheets[0]!;
      expect(sheet.rowCount).toBe(5);
      expect(cellText(sheet.rows.get(3)!.get(3))).toBe('19');
      const b = sheet.rows.get(4)!.get(3)!;
      expect([cellText(b), b.origin.line]).toEqual(['106', 4]);
      expect(sheet.rows.get(5)!.get(3)!.origin.line).toBe(5);
    }
  });

  it('keeps going past a stray quote', () => {
    const book = readCsv('x.csv', enc('Nội dung,Số liệu\nSản phẩm "OCOP,5\nB,6\n'));
    expect(book.sheets[0]!.rowCount).toBeGreaterThanOrEqual(2);
  });
});

describe('readCsv: text without quotes (padded to even records) reads like text with quotes', () => {
  /** Every cell as `ref@line=text`, for comparing two readings. */
  const cells = (book: ReturnType<typeof readCsv>) =>
    [...book.sheets[0]!.rows.values()].flatMap((row) => [...row.values()].map((c) => `${c.origin.cell}@${c.origin.line}=${cellText(c)}`));
  const lines = [
    'BÁO CÁO KẾT QUẢ',
    '',
    'Đơn vị;Xã An Lâm',
    'STT;Nội dung;Đơn vị tính;Số liệu',
    '1;Số buổi tập huấn;buổi;12',
    '2;Số người dân;người;1.234;ghi chú thừa',
    '',
    '3;Số tài khoản VNeID;tài khoản;71.994',
  ];

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    for (const trailing of [true, false]) {
      it(`${name} line ends${trailing ? ', with a final line break' : ''}`, () => {
        const plain = lines.join(eol) + (trailing ? eol : '');
        // One quoted field anywhere sends the text down the other path (records as they are, lines from the raw).
        const quoted = plain.replace('Xã An Lâm', '"Xã An Lâm"');
        const a = readCsv('x.csv', enc(plain));
        const b = readCsv('x.csv', enc(quoted));
        expect(cells(a)).toEqual(cells(b));
        expect(cells(a)).toContain('E6@6=ghi chú thừa');
        expect(cells(a)).toContain('D8@8=71.994');
        expect(a.sheets[0]!.columnCount).toBe(5);
        expect(a.sheets[0]!.rowCount).toBe(b.sheets[0]!.rowCount);
      });
    }
  }
});

describe('readCsv: padding lines to even records never changes what is read', () => {
  /**
   * What csv-parse reads from the text as given (no padding), any line break ending a record: each non-empty field
   * with its record's first line.
   */
  const reference = (text: string, delimiter: string) => {
    const options = { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] };
    const records = parse(text, { ...options, info: true, raw: true }) as unknown as {
      record: string[];
      info: { raw: string };
    }[];
    let line = 1;
    return records.flatMap(({ record, info }, r) => {
      const at = line;
      line += (info.raw.match(/\r\n|\n|\r/g) ?? []).length;
      return record.flatMap((f, c) => (f.trim() === '' ? [] : [`${cellRef(r + 1, c + 1)}@${at}=${f.normalize('NFC')}`]));
    });
  };
  const read = (text: string) => {
    try {
      return [...readCsv('x.csv', enc(text), { delimiter: ';' }).sheets[0]!.rows.values()].flatMap((row) =>
        [...row.values()].map((c) => `${c.origin.cell}@${c.origin.line}=${cellText(c)}`),
      );
    } catch (error) {
      return `refused: ${(error as { code?: string }).code}`;
    }
  };
  const field = fc.stringMatching(/^[aĐ ;"\n\r]{0,6}$/);
  const line = fc.array(
    fc.oneof(
      field,
      field.map((f) => `"${f.replace(/"/g, '""')}"`),
    ),
    { minLength: 1, maxLength: 5 },
  );

  it('reads every field, with its line, as csv-parse reads the text unpadded (random quotes, breaks, delimiters)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, trailing) => {
        const text = lines.map((l) => l.join(';')).join(eol) + (trailing ? eol : '');
        let expected: string[] | string;
        try {
          expected = reference(text, ';');
        } catch {
          expected = 'refused: file-corrupt';
        }
        expect(read(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a text without quotes (a list typed in Excel) as csv-parse does: empty lines and fields, any line end', () => {
    const plain = fc.array(fc.array(fc.stringMatching(/^[aĐ ,;\t]{0,6}$/), { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(plain, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (lines, eol, trailing) => {
        const text = lines.map((l) => l.join(';')).join(eol) + (trailing && lines.length > 0 ? eol : '');
        expect(read(text)).toEqual(reference(text, ';'));
      }),
      { numRuns: 3000 },
    );
    // A record past four cells' worth of characters is refused at its line, as csv-parse refuses it.
    const long = `a;b\n${'xx;'.repeat(70_000)}\n`;
    expect(read(long)).toBe('refused: file-too-large');
    expect(() => readCsv('x.csv', enc(long), { delimiter: ';' })).toThrow(expect.objectContaining({ params: expect.objectContaining({ line: 2 }) }));
  });

  it('pads only at line ends outside quotes, and leaves an unended last line alone', () => {
    expect(padFields('a\n"x;\ny";b;c\nd', ';')).toBe('a;;\n"x;\ny";b;c\nd');
    expect(padFields('a\r\nb\nc', ';')).toBeNull();
    expect(padFields('a;Sản phẩm "OCOP\nb', ';')).toBeNull();
    expect(padFields('a;b\r\nc\r\n', ';')).toBe('a;b\r\nc;\r\n');
  });
});
