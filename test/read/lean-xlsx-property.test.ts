import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/read/xlsx.js';
import { readXlsxWithExcelJs } from '../../src/read/xlsx-exceljs.js';

/**
 * The lean reader against exceljs on workbooks made at random, part by part: every kind of cell (numbers written in
 * several ways, shared strings plain and in runs with escapes and phonetic guides, inline strings whole and in runs,
 * text cells without a formula, booleans, errors, formulas with a cached result or none, shared formulas), date and
 * number styles, styled empty cells, cells with and without their reference, merged ranges, line ends as Excel and as
 * others write them. What one reader reads, the other must read the same, cell for cell. Where exceljs itself errs,
 * the generator leaves the case out and says so below; the lean reader's own tests read those.
 */

const ns = 'http://schemas.openxmlformats.org';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Text as cells hold it: Vietnamese, spaces at either end, line breaks, what XML escapes, Excel's _xHHHH_ escapes.
const piece = fc.constantFrom(
  'Xã',
  ' Nam Chính',
  'Số liệu',
  '49',
  '1.234',
  ' ',
  '\n',
  'R&D',
  '<5',
  'a > b',
  '_x000D_',
  '_x0041_',
  '_x00',
  '0D_',
  '_x000d_',
  'Đ',
  'ồ',
  'TỔNG',
);
const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

type SharedString = { runs: string[]; phonetic: boolean };
const sharedString: fc.Arbitrary<SharedString> = fc.record({ runs: fc.array(text, { minLength: 1, maxLength: 3 }), phonetic: fc.boolean() });

// Style 0 general, 1 built-in date (14), 2 custom date, 3 thousands, 4 text (@).
const style = fc.constantFrom(0, 0, 1, 2, 3, 4);
type Cell =
  | { kind: 'n'; v: string; s: number }
  | { kind: 's'; index: number; s: number }
  | { kind: 'inlineStr'; text: string; runs: boolean; s: number }
  | { kind: 'str'; text: string; s: number }
  | { kind: 'b'; v: '0' | '1' | 'true'; s: number }
  | { kind: 'e'; v: string; s: number }
  | { kind: 'f'; formula: string; cached: string | null; text: boolean; s: number }
  | { kind: 'shared'; cached: string | null; s: number }
  | { kind: 'empty'; s: number };
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ kind: fc.constant('n' as const), v: fc.constantFrom('12', '-3.5', '0', '45127', '1E3', '2.5E-2', '0.1', '1234567.89'), s: style }),
  fc.record({ kind: fc.constant('s' as const), index: fc.nat(5), s: style }),
  // (An inline string's escapes are read in its runs by both readers, in its plain text by the lean reader alone, as
  // Excel reads them: plain ones with an escape are left out.)
  fc
    .record({ kind: fc.constant('inlineStr' as const), text, runs: fc.boolean(), s: style })
    .filter((c) => (c.runs && c.text.length > 1) || !c.text.includes('_x')),
  // (exceljs reads the entities of a text cell without a formula twice over; the generator leaves them out.)
  fc.record({ kind: fc.constant('str' as const), text: text.filter((t) => !/[&<>]/.test(t)), s: style }),
  // ('false' is left out: exceljs reads it as true.)
  fc.record({ kind: fc.constant('b' as const), v: fc.constantFrom('0' as const, '1' as const, 'true' as const), s: style }),
  fc.record({ kind: fc.constant('e' as const), v: fc.constantFrom('#N/A', '#REF!', '#DIV/0!'), s: style }),
  // A formula's cached result: a number, or (t="str") a text, empty ones among them; or none. (A text result in a
  // date style is left out: exceljs makes an invalid date of it, where the lean reader keeps the text.)
  fc.oneof(
    fc.record({
      kind: fc.constant('f' as const),
      formula: fc.constantFrom('SUM(D2:D9)', 'A1+1', 'D3*2'),
      cached: fc.option(fc.constantFrom('0', '57', '3.25', ''), { nil: null }),
      text: fc.constant(false),
      s: style,
    }),
    fc.record({
      kind: fc.constant('f' as const),
      formula: fc.constantFrom('B2&amp;" "&amp;C2', 'TRIM(B3)'),
      cached: fc.option(fc.constantFrom('', 'Xã Nam Chính', '12'), { nil: null }),
      text: fc.constant(true),
      s: fc.constantFrom(0, 3, 4),
    }),
  ),
  // A shared formula: the first such cell of the sheet writes it, the others name it; each gives its reference.
  // (Left out: a cell that names a formula not written yet, or written by a cell without its reference, which reads
  // as "[object Object]" through exceljs and as its cached result, or the formula, through the lean reader; and a
  // second cell writing the same one, which no program writes.)
  fc.record({ kind: fc.constant('shared' as const), cached: fc.option(fc.constantFrom('0', '8'), { nil: null }), s: fc.constantFrom(0, 3) }),
  fc.record({ kind: fc.constant('empty' as const), s: fc.constantFrom(1, 3) }),
);

interface Spec {
  strings: SharedString[];
  rows: { cells: { cell: Cell; withRef: boolean }[] }[];
  merge: boolean;
  eol: '\n' | '\r\n';
  sheetName: string;
}
const spec: fc.Arbitrary<Spec> = fc.record({
  strings: fc.array(sharedString, { minLength: 6, maxLength: 6 }),
  rows: fc.array(fc.record({ cells: fc.array(fc.record({ cell, withRef: fc.boolean() }), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 6 }),
  merge: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  sheetName: fc.constantFrom('Số liệu', 'Sheet1', 'Biểu 01 & 02'),
});

function cellXml(c: Cell, ref: string | null, strings: number, firstShared: boolean): string {
  const r = ref ? ` r="${ref}"` : '';
  const s = c.s ? ` s="${c.s}"` : '';
  switch (c.kind) {
    case 'n':
      return `<c${r}${s}><v>${c.v}</v></c>`;
    case 's':
      return `<c${r}${s} t="s"><v>${c.index % strings}</v></c>`;
    case 'inlineStr':
      // As one text, or cut into runs of rich text (the second bold).
      return c.runs && c.text.length > 1
        ? `<c${r}${s} t="inlineStr"><is><r><t xml:space="preserve">${esc(c.text.slice(0, 1))}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${esc(c.text.slice(1))}</t></r></is></c>`
        : `<c${r}${s} t="inlineStr"><is><t xml:space="preserve">${esc(c.text)}</t></is></c>`;
    case 'str':
      return `<c${r}${s} t="str"><v>${esc(c.text)}</v></c>`;
    case 'b':
      return `<c${r}${s} t="b"><v>${c.v}</v></c>`;
    case 'e':
      return `<c${r}${s} t="e"><v>${c.v}</v></c>`;
    case 'f':
      return `<c${r}${s}${c.text ? ' t="str"' : ''}><f>${c.formula}</f>${c.cached === null ? '' : `<v>${c.cached}</v>`}</c>`;
    case 'shared': {
      const v = c.cached === null ? '' : `<v>${c.cached}</v>`;
      return firstShared ? `<c${r}${s}><f t="shared" ref="A1:E9" si="0">D2*2</f>${v}</c>` : `<c${r}${s}><f t="shared" si="0"/>${v}</c>`;
    }
    case 'empty':
      return `<c${r}${s}/>`;
  }
}

function workbook(w: Spec): Uint8Array {
  const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${w.eol}`;
  const sst = w.strings
    .map(
      (si) =>
        (si.runs.length === 1
          ? `<si><t xml:space="preserve">${esc(si.runs[0]!)}</t>`
          : `<si>${si.runs.map((t, i) => `<r>${i % 2 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${esc(t)}</t></r>`).join('')}`) +
        (si.phonetic ? '<rPh sb="0" eb="1"><t>ふり</t></rPh><phoneticPr fontId="0"/>' : '') +
        '</si>',
    )
    .join('');
  let sharedWritten = false;
  const written = (c: Cell) => {
    const first = c.kind === 'shared' && !sharedWritten;
    if (c.kind === 'shared') sharedWritten = true;
    return first;
  };
  // Rows in order; a cell written without its reference takes the column after the one before it. (Each row's first
  // cell gives its reference: exceljs refuses a row whose first cell gives none; the lean reader's own test reads one.)
  const rows = w.rows
    .map((row, ri) => {
      let column = 0;
      return `<row r="${ri + 1}">${row.cells
        .map(({ cell: c, withRef }) => {
          column += 1 + (withRef ? ri % 2 : 0);
          return cellXml(c, withRef || column === 1 || c.kind === 'shared' ? `${'ABCDEFGHIJKL'[column - 1]}${ri + 1}` : null, w.strings.length, written(c));
        })
        .join('')}</row>`;
    })
    .join('');
  const merges = w.merge ? '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' : '';
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${decl}<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${decl}<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${decl}<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="${esc(w.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${decl}<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${decl}<styleSheet xmlns="${ns}/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${decl}<sst xmlns="${ns}/spreadsheetml/2006/main" count="${w.strings.length}" uniqueCount="${w.strings.length}">${sst}</sst>`,
    'xl/worksheets/sheet1.xml': `${decl}<worksheet xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheetData>${rows}</sheetData>${merges}</worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

describe('the lean xlsx reader, on workbooks made at random', () => {
  it('reads every cell as exceljs reads it', async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (w) => {
        const bytes = workbook(w);
        const lean = readXlsx('random.xlsx', bytes);
        const reference = await readXlsxWithExcelJs('random.xlsx', bytes);
        expect(lean).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });
});
