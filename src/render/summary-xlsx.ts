import type { Aggregate } from '../model/aggregate.js';
import { describePeriod } from '../i18n/period-words.js';
import { CELL_CHARS, type BookFormat } from '../model/sheet.js';
import { columnLetters } from '../model/origin.js';
import { formatCount } from '../i18n/format.js';
import { messageOf } from '../i18n/messages.js';
import { moreNames, NOTE_HEADERS, PRODUCT_HEADERS, SUMMARY_SHEETS, UNITS_SEPARATOR } from '../model/summary-workbook.js';
import type { FullSchema } from '../schema/types.js';
import { barChartPng, type BarChart } from './chart.js';
import { relativeTo } from '../model/relative-path.js';
import { workbookBytes, type CellStyle, type CellValue, type SheetCell, type SheetSpec } from './xlsx/workbook-xml.js';
import type { Lang } from '../model/lang.js';
import { fileStatusWords, SKIP_WORDS } from '../i18n/terminal-words.js';

/** Each file's format as a clerk names it, on the Nguồn sheet. */
const FORMAT_WORDS: Record<BookFormat, string> = {
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel 97–2003 (.xls)',
  ods: 'LibreOffice (.ods)',
  csv: 'CSV (văn bản)',
  docx: 'Word (.docx)',
  html: 'trang web xuất ra (.xls)',
  xml2003: 'Excel 2003 XML (.xls)',
};

/**
 * tong-hop.xlsx: `Tổng hợp` (a row per unit and a `Tổng cộng` row of SUM formulas with their results stored — itself
 * a table-layout submission for the level above), `Kiểm tra` (every finding), `Nguồn` (each file and its sha256), and
 * when they have rows, `Chưa báo cáo` (the roster's units that sent nothing), `Thuyết minh` (the units' notes),
 * `Sản phẩm` (their product lists merged) and `Phân loại` (the units in the config's sorting groups).
 * Every text is a text cell (a name like `=HYPERLINK(…)` never becomes a formula); characters XML forbids are dropped.
 */
export async function summaryWorkbook(a: Aggregate, schema: FullSchema, date: Date, lang: Lang, chart?: BarChart): Promise<Buffer> {
  const rel = relativeTo(a.dir);
  const plain: CellStyle = {};
  const title: CellStyle = { bold: true, size: 14 };
  const bold: CellStyle = { bold: true };
  const header: CellStyle = { bold: true, border: true, header: true };
  const text: CellStyle = { border: true };
  const centred: CellStyle = { border: true, center: true };
  const wrapped: CellStyle = { wrap: true };
  const figure: CellStyle = { border: true, thousands: true };
  const totalText: CellStyle = { bold: true, border: true };
  const totalFigure: CellStyle = { bold: true, border: true, thousands: true };
  const cell = (value: CellValue, style: CellStyle = plain): SheetCell => ({ value, style });

  // Tổng hợp
  // Indicators no unit reported get no column: read back by the level above, empty columns would be one warning
  // per unit and indicator; the note under the table names them.
  const reportedCodes = new Set(a.totals.filter((t) => t.reported > 0).map((t) => t.code));
  const indicators = reportedCodes.size > 0 ? schema.indicators.filter((i) => reportedCodes.has(i.code)) : schema.indicators;
  const none = schema.indicators.filter((i) => !indicators.includes(i)).map((i) => i.label);
  const headerRow = 4;
  const totalRow = headerRow + 1 + a.units.length;
  const note = totalRow + 2;
  // The notes under the table wrap within its width (merged across it), so that a long line neither runs off the
  // page nor makes the printed table shrink to fit it.
  const widths = [6, 11, 28, ...indicators.map(() => 16)];
  const lastColumn = columnLetters(widths.length);
  const noteStyle: CellStyle = { italic: true, wrap: true };
  const noteText = 'Ô trống: đơn vị chưa báo cáo chỉ tiêu đó (không phải 0). Dòng “Tổng cộng” là tổng các đơn vị đã báo cáo.';
  const noneText = `Chỉ tiêu chưa đơn vị nào báo cáo (không có cột): ${none.join('; ')}.`;
  const lineHeight = (text: string) => 15 * Math.max(1, Math.ceil((text.length * 1.1) / widths.reduce((x, y) => x + y, 0)));
  // Made row by row as the sheet is written: ten thousand units are never held as cells all at once.
  function* rows(): Generator<readonly [number, (SheetCell | undefined)[]]> {
    yield [1, [cell(`TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG${a.period ? ` ${describePeriod(a.period, 'vi').toUpperCase()}` : ''}`, title)]];
    yield [2, [cell(`Kỳ báo cáo: ${a.period ? describePeriod(a.period, 'vi') : ''}`)]];
    // Whose figures these are: the level above reads this line (a district's workbook is the district's report).
    if (a.coveredUnit) yield [3, [cell(`Đơn vị: ${a.coveredUnit}`)]];
    yield [headerRow, ['STT', 'Mã đơn vị', 'Đơn vị', ...indicators.map((i) => i.label)].map((h) => cell(h, header))];
    for (const [r, u] of a.units.entries()) {
      yield [
        headerRow + 1 + r,
        [
          // The row's number and the unit's code centred in columns wide enough, so that "1" and "288" never read as
          // one number, 1 288.
          cell(r + 1, centred),
          cell(u.code === undefined ? null : String(u.code), centred),
          cell(u.name, text),
          // Not reported stays an empty cell, never 0.
          ...indicators.map((ind) => cell(u.values.get(ind.code)?.value ?? null, figure)),
        ],
      ];
    }
    yield [
      totalRow,
      [
        cell(null, totalText),
        cell(null, totalText),
        cell('Tổng cộng', totalText),
        ...indicators.map((ind, i) => {
          const col = columnLetters(4 + i);
          // A column no unit reported stays empty: its total is "not reported", not 0.
          const value = a.totals.find((t) => t.code === ind.code)?.value ?? null;
          return cell(value === null ? null : { formula: `SUM(${col}${headerRow + 1}:${col}${totalRow - 1})`, result: value }, totalFigure);
        }),
      ],
    ];
    yield [note, [cell(noteText, noteStyle)]];
    if (none.length > 0) yield [note + 1, [cell(noneText, noteStyle)]];
  }
  // The report's chart as a picture below the table: cells stay as they are, so the sheet still reads as data.
  const png = chart ? await barChartPng(chart) : undefined;
  const totals: SheetSpec = {
    name: SUMMARY_SHEETS.totals,
    widths,
    frozenRows: headerRow,
    rows,
    heights: new Map([[headerRow, 90], [note, lineHeight(noteText)], ...(none.length > 0 ? [[note + 1, lineHeight(noneText)] as [number, number]] : [])]),
    merges: [`A${totalRow}:B${totalRow}`, `A${note}:${lastColumn}${note}`, ...(none.length > 0 ? [`A${note + 1}:${lastColumn}${note + 1}`] : [])],
    ...(png ? { picture: { png: png.png, column: 2, row: note + 2, widthPx: 900, heightPx: Math.round((png.height / png.width) * 900) } } : {}),
  };

  // Kiểm tra
  const checkColumns: Column[] = [
    ['Tệp', 34],
    ['Đơn vị', 22],
    ['Vị trí', 14],
    ['Mức', 10],
    ['Mã lỗi', 18],
    ['Chỉ tiêu', 26],
    ['Đúng là', 12],
    ['Đang ghi', 12],
    ['Nội dung', 90, wrapped],
  ];
  const checks = listSheet(SUMMARY_SHEETS.findings, checkColumns, bold, a.findings.length, (i) => {
    const f = a.findings[i]!;
    const l = f.location;
    const where = l ? [l.sheet, l.cell ?? (l.line ? `dòng ${l.line}${l.column ? `, cột ${l.column}` : ''}` : '')].filter(Boolean).join('!') : '';
    return [
      rel(f.file),
      f.unit ?? '',
      where,
      f.severity === 'error' ? 'lỗi' : 'cảnh báo',
      f.code,
      f.indicator ?? '',
      f.expected ?? '',
      f.actual ?? '',
      messageOf(f, lang),
    ];
  });

  // Nguồn
  // The files read, then the ones skipped.
  const sourceColumns: Column[] = [
    ['Tệp', 40],
    ['Định dạng', 18],
    ['Đơn vị', 30],
    ['Trạng thái', 26],
    ['Lỗi', 6],
    ['Cảnh báo', 9],
    ['sha256', 68],
  ];
  // The files read, the entries skipped, then the report settings used (the letterhead came from it).
  const settingsRows = a.config.source ? 1 : 0;
  const sources = listSheet(SUMMARY_SHEETS.sources, sourceColumns, bold, a.files.length + a.skipped.length + settingsRows, (i) => {
    if (i < a.files.length) {
      const f = a.files[i]!;
      return [rel(f.path), f.format ? FORMAT_WORDS[f.format] : '', namesInCell(f.units, '; '), fileStatusWords(f, 'vi'), f.errors, f.warnings, f.sha256];
    }
    if (i >= a.files.length + a.skipped.length) return [rel(a.config.source!), '', '', 'cấu hình báo cáo đã dùng', null, null, ''];
    const s = a.skipped[i - a.files.length]!;
    return [rel(s.path), '', '', `bỏ qua: ${SKIP_WORDS.vi[s.reason]}`, null, null, ''];
  });

  // Chưa báo cáo: every unit of the roster that sent nothing, however many (the terminal and the report name the first).
  const missing = listSheet(
    SUMMARY_SHEETS.missing,
    [
      ['STT', 6],
      ['Mã', 12],
      ['Đơn vị', 44, wrapped],
    ],
    bold,
    a.missing.length,
    (i) => [i + 1, a.missing[i]!.code ?? '', a.missing[i]!.name],
  );

  // Thuyết minh: every unit's notes, section by section (the report quotes the first units of each).
  const notes = schema.notes.filter((n) => !n.list).flatMap((section) => (a.notes[section.key] ?? []).map((n) => [section.label, n.unit, n.text] as const));
  const notesSheet = listSheet(
    SUMMARY_SHEETS.notes,
    [
      ['STT', 6],
      [NOTE_HEADERS.section, 22],
      [NOTE_HEADERS.unit, 30],
      [NOTE_HEADERS.text, 100, wrapped],
    ],
    bold,
    notes.length,
    (i) => [i + 1, ...notes[i]!],
  );

  // Sản phẩm: every product of the units' lists, with every unit that listed it (the report names the first).
  const listName = (key: string) => schema.notes.find((n) => n.key === key)?.label ?? key;
  const products = a.products.flatMap((p) => p.items.map((item) => [listName(p.section), item] as const));
  const productColumns: Column[] = [
    ['STT', 6],
    [PRODUCT_HEADERS.list, 40],
    [PRODUCT_HEADERS.product, 40],
    ['Số đơn vị', 10],
    [PRODUCT_HEADERS.units, 60, wrapped],
  ];
  const productsSheet = listSheet(SUMMARY_SHEETS.products, productColumns, bold, products.length, (i) => {
    const [list, item] = products[i]!;
    return [i + 1, list, item.name, item.units.length, namesInCell(item.units, UNITS_SEPARATOR)];
  });

  // Phân loại: each sorting group's units, then those no rule took (the report names the first of each).
  const sorted = [
    ...a.classes.flatMap((c) => c.units.map((u) => [c.name, u] as const)),
    ...a.unsorted.map((u) => ['(chưa đủ số liệu để phân loại)', u] as const),
  ];
  const classesSheet = listSheet(
    SUMMARY_SHEETS.classes,
    [
      ['STT', 6],
      ['Nhóm', 44, wrapped],
      ['Đơn vị', 44, wrapped],
    ],
    bold,
    sorted.length,
    (i) => [i + 1, ...sorted[i]!],
  );

  const sheets = [
    totals,
    checks,
    sources,
    ...(a.missing.length > 0 ? [missing] : []),
    ...(notes.length > 0 ? [notesSheet] : []),
    ...(products.length > 0 ? [productsSheet] : []),
    ...(sorted.length > 0 ? [classesSheet] : []),
  ];
  return Buffer.from(workbookBytes({ sheets, font: { name: 'Times New Roman', size: 12 }, creator: 'cnscd', date }));
}

/**
 * Names for one cell: all of them, or as many whole names as a cell holds and how many more (a product listed by
 * thousands of communes, a national table's file); every name stays in tong-hop.json.
 */
function namesInCell(names: string[], separator: string): string {
  const all = names.join(separator);
  if (all.length <= CELL_CHARS) return all;
  const room = CELL_CHARS - 80;
  let length = 0;
  let n = 0;
  while (n < names.length && length + names[n]!.length + separator.length <= room) length += names[n++]!.length + separator.length;
  return names.slice(0, n).join(separator) + moreNames(formatCount(names.length - n, 'vi'));
}

/** A column of a list: its header, its width (characters) and, for long texts, the look of its cells. */
type Column = [string, number] | [string, number, CellStyle];

/**
 * A plain list: a bold header row kept in view, then one row per item, each made as it is written; empty strings
 * are left out.
 */
/** A list's cells at the top of their rows, level with the first line of a wrapped paragraph beside them. */
const TOP: CellStyle = { top: true };

function listSheet(name: string, columns: Column[], headerStyle: CellStyle, count: number, item: (i: number) => (string | number | null)[]): SheetSpec {
  function* rows(): Generator<readonly [number, (SheetCell | undefined)[], number?]> {
    yield [1, columns.map(([h]) => ({ value: h, style: headerStyle }))];
    for (let i = 0; i < count; i++) {
      const values = item(i);
      // A wrapped cell's row made tall enough for its lines (spreadsheet programs do not all fit rows on opening).
      const lines = Math.max(1, ...values.map((v, c) => (columns[c]![2]?.wrap && typeof v === 'string' ? Math.ceil(v.length / (columns[c]![1] * 1.15)) : 1)));
      const cells = values.map((v, c) => (v === '' || v === null ? undefined : { value: v, style: columns[c]![2] ?? TOP }));
      yield lines > 1 ? [i + 2, cells, 15 * lines] : [i + 2, cells];
    }
  }
  return { name, widths: columns.map(([, w]) => w), frozenRows: 1, rows };
}
