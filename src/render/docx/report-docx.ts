import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import { barChartPng } from '../chart.js';
import type { AppendixContent, BodyItem, ReportContent, StatsRow } from '../report/compose.js';
import type { Run } from '../../settings/narrative.js';
import { xmlEscape, xmlSafe } from '../xml-safe.js';
import { Pieces } from '../pieces.js';
import { namedApplication, zipParts } from '../zip.js';

/**
 * The BÁO CÁO as Word lays it out under Decree 30/2020/NĐ-CP (docs/report-layout.md): A4, margins
 * 20/20/30/15 mm, Times New Roman, the borderless two-column header, page numbers from page 2, and the appendix
 * in its own landscape section with its own page numbers.
 */

// Page geometry in twips (1 mm = 56.69 twips).
const A4 = { short: 11906, long: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851, header: 567, footer: 567 };
const TEXT_WIDTH = A4.short - MARGIN.left - MARGIN.right; // 9354
const LANDSCAPE_WIDTH = A4.long - MARGIN.left - MARGIN.right; // 14286
const HEADER_COLUMNS = [3555, TEXT_WIDTH - 3555];
const FONT = 'Times New Roman';
const BODY = 28; // 14 pt, in half-points
const INDENT = 567; // 1 cm first line
const MM = 56.69;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const TABLE_NO_BORDERS = { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), font: FONT, size: style.size ?? BODY, bold: !!style.bold, italics: !!style.italics });
}

function para(
  text: string,
  style: RunStyle & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    before?: number;
    after?: number;
    keepNext?: boolean;
    keepLines?: boolean;
    /** The text with its own emphasis (the clerk's **bold** and *italic*), on top of the style's. */
    runs?: readonly Run[];
  } = {},
): Paragraph {
  const options: IParagraphOptions = {
    alignment: style.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: style.before ?? 120, after: style.after ?? 0, line: 276, lineRule: LineRuleType.AUTO },
    ...(style.indent ? { indent: { firstLine: INDENT } } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
    ...(style.keepLines ? { keepLines: true } : {}),
    children: style.runs
      ? style.runs.map((r) => run(r.text, { ...style, bold: !!style.bold || !!r.bold, italics: !!style.italics || !!r.italics }))
      : [run(text, style)],
  };
  return new Paragraph(options);
}

/** A centred single-spaced line of the header blocks. */
function centred(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(text, style)],
  });
}

/** A drawn horizontal rule of `lengthMm`, centred in a space `width` twips wide (a bottom border, not an underline). */
function rule(lengthMm: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((width - lengthMm * MM) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font: FONT, size: 4 })],
    run: { size: 4 },
  });
}

/** A tiny empty paragraph: vertical room of `twips`. */
function spacer(twips: number): Paragraph {
  return new Paragraph({ spacing: { before: twips, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [], run: { size: 2 } });
}

function cell(
  children: Paragraph[],
  width: number,
  extra: { borders?: typeof NO_BORDERS; columnSpan?: number; margins?: boolean; middle?: boolean } = {},
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: extra.borders ?? NO_BORDERS,
    verticalAlign: extra.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(extra.columnSpan ? { columnSpan: extra.columnSpan } : {}),
    margins: extra.margins ? { top: 40, bottom: 40, left: 80, right: 80 } : { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

function borderless(rows: TableRow[], columns: number[]): Table {
  return new Table({
    rows,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
  });
}

/** Agency | Quốc hiệu, then Số | place and date: a borderless 2 × 2 table. */
function headerTable(c: ReportContent): Table {
  const [left, right] = HEADER_COLUMNS as [number, number];
  const agencyLines = [
    ...c.parentAgency.map((line) => centred(line, { size: 26 })),
    // 13 pt, or 12 pt (as the decree allows) when a line would not fit the column at 13.
    ...c.agency.map((line) => centred(line, { size: c.agency.some((l) => l.length > 20) ? 24 : 26, bold: true })),
    rule(25, left),
  ];
  const nation = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 24, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: 26, bold: true }),
    rule(56.1, right),
  ];
  const numberLine = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, children: [run(c.numberLine, { size: 26 })] });
  const dateLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 0 },
    children: [run(c.placeDate, { size: 26, italics: true })],
  });
  return borderless(
    [
      new TableRow({ children: [cell(agencyLines, left), cell(nation, right)] }),
      new TableRow({ children: [cell([numberLine], left), cell([dateLine], right)] }),
    ],
    HEADER_COLUMNS,
  );
}

/**
 * How wide a cell must be, in twentieths of a point with its margins, for the longest unbroken part of a figure
 * written at `size` half-points in Times New Roman (a digit is half an em wide, a dot, comma or slash about a
 * quarter): "3.321/3.321" must stay whole, while "−135 (−18,0%)" may go over two lines at its space.
 */
function figureWidth(text: string, size: number): number {
  const ems = (word: string) => [...word].reduce((sum, ch) => sum + (/[.,/:;]/.test(ch) ? 0.28 : 0.5), 0);
  return Math.ceil(Math.max(0, ...text.split(/\s+/).map(ems)) * size * 10) + 2 * 80 + 40;
}

function statsTable(rows: StatsRow[]): Table {
  const compared = rows.some((r) => r.previous !== undefined);
  // With the previous period: two more columns, taken from the label's width.
  // "Số đơn vị báo cáo" in two lines at most.
  const widths = compared ? [680, 3074, 1000, 1250, 1250, 1250, 850] : [680, 4374, 1400, 1400, 1500];
  const small = 26;
  // A figure column is widened to its widest figure, so that "3.321/3.321" or "24.814.667" is never broken in the
  // middle; the room is taken from Nội dung.
  const figures = compared
    ? ([
        [3, (r: StatsRow) => r.previous ?? ''],
        [4, (r: StatsRow) => r.value],
        [5, (r: StatsRow) => r.change ?? ''],
        [6, (r: StatsRow) => r.reported],
      ] as const)
    : ([
        [3, (r: StatsRow) => r.value],
        [4, (r: StatsRow) => r.reported],
      ] as const);
  for (const [column, of] of figures) {
    const needed = Math.max(...rows.map((r) => figureWidth(of(r), small)));
    if (needed > widths[column]!) {
      widths[1]! -= needed - widths[column]!;
      widths[column] = needed;
    }
  }
  const head = compared
    ? ['STT', 'Nội dung', 'Đơn vị tính', 'Kỳ trước', 'Kỳ này', 'Tăng (+), giảm (−)', 'Số đơn vị']
    : ['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu', 'Số đơn vị báo cáo'];
  const text = (t: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], style: RunStyle = {}) =>
    new Paragraph({
      alignment: align,
      spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO },
      children: [run(t, { size: small, ...style })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    // Header cells centred both ways.
    children: head.map((h, i) => cell([text(h, AlignmentType.CENTER, { bold: true })], widths[i]!, { borders: THIN_BORDERS, margins: true, middle: true })),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([text(r.index, AlignmentType.CENTER)], widths[0]!, { borders: THIN_BORDERS, margins: true }),
          cell([text(r.label, AlignmentType.LEFT, r.sub ? { italics: true } : {})], widths[1]!, { borders: THIN_BORDERS, margins: true }),
          cell([text(r.measure, AlignmentType.CENTER)], widths[2]!, { borders: THIN_BORDERS, margins: true }),
          ...(compared ? [cell([text(r.previous ?? '', AlignmentType.RIGHT)], widths[3]!, { borders: THIN_BORDERS, margins: true })] : []),
          cell([text(r.value, AlignmentType.RIGHT)], widths[compared ? 4 : 3]!, { borders: THIN_BORDERS, margins: true }),
          ...(compared ? [cell([text(r.change ?? '', AlignmentType.RIGHT)], widths[5]!, { borders: THIN_BORDERS, margins: true })] : []),
          cell([text(r.reported, AlignmentType.CENTER)], widths[compared ? 6 : 4]!, { borders: THIN_BORDERS, margins: true }),
        ],
      }),
  );
  return new Table({ rows: [header, ...body], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

async function bodyItems(items: BodyItem[]): Promise<(Paragraph | Table)[]> {
  const out: (Paragraph | Table)[] = [];
  for (const item of items) {
    if (item.kind !== 'chart') {
      out.push(...bodyItem(item));
      continue;
    }
    // The chart as a picture the full text width wide (96 px per inch, as Word counts).
    const { png, width, height } = await barChartPng(item.chart);
    const w = Math.round((TEXT_WIDTH / 1440) * 96);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120 },
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: w, height: Math.round((height / width) * w) },
            altText: { name: 'bieu-do', title: xmlSafe(item.chart.title), description: xmlSafe(item.chart.title) },
          }),
        ],
      }),
    );
  }
  return out;
}

function bodyItem(item: Exclude<BodyItem, { kind: 'chart' }>): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'part':
      return [para(item.text, { bold: true, indent: true, before: 200, keepNext: true })];
    case 'heading':
      return [para(item.text, { bold: true, indent: true, keepNext: true, ...(item.runs ? { runs: item.runs } : {}) })];
    case 'para':
      return [para(item.text, { indent: true, ...(item.runs ? { runs: item.runs } : {}) })];
    case 'stats':
      return [statsTable(item.rows), para('', { before: 0, size: 12 })];
  }
}

/** Nơi nhận on the left, the signer on the right, top-aligned: a second borderless table. */
function signatureTable(c: ReportContent): Table {
  const [left, right] = [4200, TEXT_WIDTH - 4200];
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', { size: 24, bold: true, italics: true })] }),
    ...c.recipients.map((r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(r, { size: 22 })] })),
  ];
  const titles = c.signer.titles.length > 0 ? c.signer.titles : ['……………'];
  const signer = [
    ...titles.map((t) => centred(t, { size: 28, bold: true })),
    ...Array.from({ length: 4 }, () => centred('', { size: 28 })),
    centred(c.signer.name || '……………', { size: 28, bold: true }),
  ];
  return borderless([new TableRow({ cantSplit: true, children: [cell(recipients, left), cell(signer, right)] })], [left, right]);
}

/** Where the appendix table goes; replaced by its XML after packing (appendixTableXml). */
const APPENDIX_MARK = 'CNSCD-PHU-LUC-BANG';

function appendixBlock(a: AppendixContent): Paragraph[] {
  // Each note is kept whole on one page: a note that does not fit under the table goes over to the next page entire,
  // not its last lines alone.
  // The notes are kept together, and with the table's last rows (appendixTableXml).
  const texts = ['Ghi chú: “-” là đơn vị chưa báo cáo chỉ tiêu đó (không phải 0).', ...(a.changeNote ? [a.changeNote] : [])];
  const notes = texts.map((text, i) => para(text, { size: 22, italics: true, align: AlignmentType.LEFT, keepLines: true, keepNext: i < texts.length - 1 }));
  return [
    centred(a.label, { size: 28, bold: true }),
    centred(a.title, { size: 28, bold: true }),
    centred(a.reference, { size: 28, italics: true }),
    rule(30, LANDSCAPE_WIDTH),
    para('', { before: 0, size: 12 }),
    new Paragraph({ children: [new TextRun(APPENDIX_MARK)] }),
    ...notes,
  ];
}

/** The paragraph style of the appendix table's cells (font, size, spacing, right-aligned): set once, not per cell. */
const TABLE_STYLE = 'CnscdBang';

/**
 * Font size of the appendix table, in half-points: 11 pt, as a landscape appendix of a report is usually set; 10 pt
 * past eight indicator columns; 9 pt only past twelve, where a figure of seven digits would not fit otherwise.
 */
const tableFontSize = (a: AppendixContent) => (a.columns.length > 12 ? 18 : a.columns.length > 8 ? 20 : 22);

/**
 * The appendix table as WordprocessingML, written directly: one row per unit can mean thousands of rows, which the
 * docx library builds too slowly. Fixed layout, thin borders and cell margins set on the table, font and spacing in
 * the paragraph style TABLE_STYLE, so a cell carries only its width, alignment and emphasis (a few hundred bytes
 * per row, not tens of kilobytes); header row repeated on every page, rows kept whole, a bold Tổng cộng row merged
 * over STT and name. Columns: STT about 10 mm, the unit's name as wide as the longest name needs (within 32–64 mm),
 * the figures sharing the rest. The last unit's row and the Tổng cộng row are kept with the notes under the table,
 * so that a page never opens with the notes alone.
 */
function appendixTableXml(a: AppendixContent, out: Pieces): void {
  const size = tableFontSize(a);
  const stt = 600;
  // A name's width at this size (Times: about half an em a letter), with the cell's margins.
  const longest = Math.max(a.unitColumn.length, a.totalLabel.length, ...a.rows.map((r) => r.name.length));
  const name = Math.min(3600, Math.max(1800, Math.ceil(longest * size * 5 * 1.05) + 200));
  const each = Math.floor((LANDSCAPE_WIDTH - stt - name) / Math.max(1, a.columns.length));
  const widths = [stt, name, ...a.columns.map(() => each)];
  const jc = { left: '<w:jc w:val="left"/>', center: '<w:jc w:val="center"/>', right: '' };
  const textRun = (text: string, rPr: string) => {
    const t = xmlEscape(text);
    return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t${t !== t.trim() ? ' xml:space="preserve"' : ''}>${t}</w:t></w:r>`;
  };
  let keep = false;
  const paragraph = (text: string, align: 'center' | 'left' | 'right', rPr: string) =>
    `<w:p><w:pPr><w:pStyle w:val="${TABLE_STYLE}"/>${keep ? '<w:keepNext/>' : ''}${jc[align]}</w:pPr>${text ? textRun(text, rPr) : ''}</w:p>`;
  const bold = '<w:b/><w:bCs/>';
  // A figure's change against the previous period goes under it, smaller and in italics.
  const below = `<w:i/><w:iCs/><w:sz w:val="${size - 4}"/><w:szCs w:val="${size - 4}"/>`;
  const cell = (
    text: string,
    width: number,
    align: 'center' | 'left' | 'right',
    strong = false,
    span = 0,
    under?: string | null,
    middle = false,
    underStyle = below,
  ) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span ? `<w:gridSpan w:val="${span}"/>` : ''}${middle ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>` +
    paragraph(text, align, strong ? bold : '') +
    (under ? paragraph(under, align, underStyle) : '') +
    '</w:tc>';
  // Each indicator's name, and under it its unit of measure as a sentence writes it (acronyms kept), never broken at
  // its slash: "(thôn/KDC)" on a line of its own, so that no ")" or half a name wraps alone.
  const header = [
    { label: 'STT', measure: '' },
    { label: a.unitColumn, measure: '' },
    ...a.columns.map((c) => ({ label: c.label, measure: c.measure ? `(${measureInText(c.measure).replace(/\//g, '/\u2060')})` : '' })),
  ];
  const line = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`;
  const tableBorders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('');
  const margins = '<w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/>';
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${LANDSCAPE_WIDTH}"/><w:tblBorders>${tableBorders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
      `<w:tblCellMar>${margins}</w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  );
  out.push(
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.map((h, i) => cell(h.label, widths[i]!, 'center', true, 0, h.measure, true, bold)).join('')}</w:tr>`,
  );
  const figureWidths = widths.slice(2).reduce((x, y) => x + y, 0);
  a.rows.forEach((r, i) => {
    keep = i === a.rows.length - 1;
    // A unit with no figure counted: why, in a few words across the figure columns.
    const figures = r.absent
      ? cell(r.absent, figureWidths, 'center', false, a.columns.length)
      : r.values.map((v, i) => cell(v, widths[i + 2]!, 'right', !!r.group, 0, r.changes?.[i])).join('');
    out.push(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(r.index, widths[0]!, 'center', !!r.group)}${cell(r.name, widths[1]!, 'left', !!r.group)}${figures}</w:tr>`,
    );
  });
  keep = true;
  out.push(
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(a.totalLabel, widths[0]! + widths[1]!, 'center', true, 2)}${a.total.map((v, i) => cell(v, widths[i + 2]!, 'right', true, 0, a.totalChanges?.[i])).join('')}</w:tr>`,
  );
  out.push('</w:tbl>');
}

/** document.xml with the paragraph holding the mark replaced by the appendix table, as bytes. */
function placeAppendix(xml: string, a: AppendixContent): Uint8Array {
  const out = new Pieces();
  const at = xml.indexOf(APPENDIX_MARK);
  if (at < 0) {
    out.push(xml);
    return out.bytes();
  }
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  out.push(xml.slice(0, start));
  appendixTableXml(a, out);
  out.push(xml.slice(end));
  return out.bytes();
}

function pageNumberHeaders() {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] })],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export async function reportDocx(c: ReportContent, date: Date): Promise<Buffer> {
  const main: (Paragraph | Table)[] = [
    headerTable(c),
    centred('', { size: 24 }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 0 }, children: [run('BÁO CÁO', { bold: true })] }),
    centred(c.subject, { bold: true }),
    spacer(60),
    rule(Math.min(60, Math.max(25, c.subject.length * 1.0)), TEXT_WIDTH),
    ...(c.recipientsTo.length === 1 ? [para(`Kính gửi: ${c.recipientsTo[0]}.`, { align: AlignmentType.CENTER, before: 240 })] : []),
    ...(c.recipientsTo.length > 1 ? recipientsBlock(c.recipientsTo) : []),
    para(c.opening, { indent: true, before: 240 }),
    ...(await bodyItems(c.body)),
    // Keep the last lines with the signature block, so a page never holds the signature alone.
    para(c.closing, { indent: true, keepNext: true }),
    para('', { before: 120, keepNext: true }),
    signatureTable(c),
  ];
  const doc = new Document({
    // Its author is the agency that issues it (Word shows it in the file's properties), never "Un-named".
    creator: xmlSafe(c.author),
    lastModifiedBy: xmlSafe(c.author),
    title: xmlSafe(`BÁO CÁO ${c.subject}`),
    styles: {
      // Vietnamese, so that Word checks its spelling as Vietnamese rather than marking every word.
      default: { document: { run: { font: FONT, size: BODY, language: { value: 'vi-VN' } } } },
      paragraphStyles: [
        {
          id: TABLE_STYLE,
          name: 'Bảng phụ lục',
          basedOn: 'Normal',
          run: { font: FONT, size: tableFontSize(c.appendix) },
          paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: A4.short, height: A4.long, orientation: PageOrientation.PORTRAIT }, margin: MARGIN, pageNumbers: { start: 1 } },
          titlePage: true,
        },
        headers: pageNumberHeaders(),
        children: main,
      },
      {
        properties: {
          page: { size: { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN, pageNumbers: { start: 1 } },
          titlePage: true,
        },
        headers: pageNumberHeaders(),
        children: appendixBlock(c.appendix),
      },
    ],
  });
  return zipParts(documentParts(doc), date, { 'word/document.xml': (xml) => placeAppendix(xml, c.appendix), 'docProps/app.xml': namedApplication });
}

/**
 * The document's parts as docx makes them, before it zips them: `Packer.toBuffer` zips them itself (at level 6),
 * and they would have to be unzipped again to give them fixed dates and the appendix. docx keeps its compiler
 * private; the tests read the report back, so a docx release that changes this is noticed.
 */
export function documentParts(doc: Document): ReadonlyMap<string, string | Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: { compile(file: Document): ReadonlyMap<string, string | Uint8Array> } }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') throw new Error('docx: Packer.compiler.compile is no longer there (see report-docx.ts)');
  return compiler.compile(doc);
}

/** A unit of measure inside a sentence: each word's first letter lower-cased, acronyms (KDC, TMĐT) kept as they are. */
export function measureInText(measure: string): string {
  return measure.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) =>
    word.length > 1 && word === word.toLocaleUpperCase('vi') ? word : word.charAt(0).toLocaleLowerCase('vi') + word.slice(1),
  );
}

/**
 * "Kính gửi:" and its recipients as one block, each recipient's dash under the first one's: the block starts at a
 * third of the line, "Kính gửi:" hangs before the first recipient, the others line up with it.
 */
function recipientsBlock(recipients: string[]): Paragraph[] {
  const start = 2268;
  const hang = 1531;
  return recipients.map(
    (r, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: i === 0 ? 240 : 0, after: 0 },
        indent: { left: start + hang, ...(i === 0 ? { hanging: hang } : {}) },
        tabStops: [{ type: TabStopType.LEFT, position: start + hang }],
        children: [
          ...(i === 0 ? [run('Kính gửi:'), new TextRun({ children: [new Tab()], font: FONT, size: BODY })] : []),
          run(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`),
        ],
      }),
  );
}
