import { strToU8, zipSync, type Zippable } from 'fflate';
import { cellRef } from '../../model/origin.js';
import { CELL_CHARS } from '../../model/sheet.js';
import { Pieces } from '../pieces.js';
import { xmlEscape } from '../xml-safe.js';
import { zoneFreeDate } from '../zip.js';

/**
 * A small SpreadsheetML writer for the workbooks the tool writes itself (tong-hop.xlsx): text and number cells,
 * SUM-style formulas with their results stored, a handful of cell styles, merged cells, column widths, frozen
 * header rows and one picture. Thousands of rows are written in a fraction of the time exceljs takes, whose object
 * model builds and hashes a style per cell. What it writes is checked against exceljs reading it back
 * (test/render/summary-xlsx.test.ts) and against the tool's own reader.
 */

/** How a cell looks; cells of the same look share one entry of styles.xml. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; the workbook's font size when absent. */
  size?: number;
  border?: boolean;
  /** `#,##0`: a number with thousands separators. */
  thousands?: boolean;
  /** Wrapped, centred horizontally and vertically (a header cell). */
  header?: boolean;
  /** Wrapped, at the top of its row (a paragraph of text). */
  wrap?: boolean;
  /** Centred horizontally (a row number, a code: never read as one number with the cell beside it). */
  center?: boolean;
  /** At the top of its row (beside a wrapped paragraph in the same row). */
  top?: boolean;
}

export type CellValue = string | number | null | { formula: string; result: number };

export interface SheetCell {
  value: CellValue;
  style?: CellStyle;
}

export interface SheetPicture {
  png: Uint8Array;
  /** Zero-based column and row of the top-left corner. */
  column: number;
  row: number;
  widthPx: number;
  heightPx: number;
}

export interface SheetSpec {
  name: string;
  /** Widths of columns 1, 2, … in characters. */
  widths: number[];
  /** Rows kept in view at the top. */
  frozenRows: number;
  /**
   * The rows in ascending order, each its number (1-based) and its cells from column 1 (an absent or undefined cell
   * is left out), made one at a time as the sheet is written: a sheet of ten thousand units, or of every finding, is
   * never held whole.
   */
  rows: () => Iterable<readonly [number, readonly (SheetCell | undefined)[], number?]>;
  heights?: Map<number, number>;
  /** Ranges such as `A17:B17`. */
  merges?: string[];
  picture?: SheetPicture;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  font: { name: string; size: number };
  creator: string;
  /** Stamped as created and modified, so the same input gives the same bytes. */
  date: Date;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Distinct entries, each numbered in the order first seen (fonts, cell formats, shared strings). */
class Numbered {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(entry: string): number {
    let id = this.ids.get(entry);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(entry);
      this.ids.set(entry, id);
    }
    return id;
  }
}

/** The distinct looks of a workbook's cells, numbered as styles.xml lists them (0: the plain default). */
class StyleTable {
  private readonly fonts = new Numbered();
  private readonly xfs = new Numbered();

  constructor(private readonly font: { name: string; size: number }) {
    this.id({});
  }

  private readonly known = new WeakMap<CellStyle, number>();

  id(style: CellStyle): number {
    const seen = this.known.get(style);
    if (seen !== undefined) return seen;
    const font = this.fontId(style);
    const border = style.border ? 1 : 0;
    const numFmt = style.thousands ? 3 : 0;
    const align = style.header
      ? '<alignment horizontal="center" vertical="center" wrapText="1"/>'
      : style.wrap
        ? '<alignment vertical="top" wrapText="1"/>'
        : style.center
          ? '<alignment horizontal="center"/>'
          : style.top
            ? '<alignment vertical="top"/>'
            : '';
    const xf =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"` +
      `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${border ? ' applyBorder="1"' : ''}` +
      (align ? ` applyAlignment="1">${align}</xf>` : '/>');
    const id = this.xfs.id(xf);
    this.known.set(style, id);
    return id;
  }

  private fontId(style: CellStyle): number {
    const size = style.size ?? this.font.size;
    const xml = `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}<sz val="${size}"/><name val="${xmlEscape(this.font.name)}"/><family val="1"/></font>`;
    return this.fonts.id(xml);
  }

  xml(): string {
    const thin =
      '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      `<fonts count="${this.fonts.list.length}">${this.fonts.list.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.list.length}">${this.xfs.list.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/**
 * A text cut to what a cell holds, ending in "…" (a pair of surrogates is never split): a longer one makes Excel
 * offer to repair the file, and the tool's own reader refuse it. Callers that can say what was cut do so first.
 */
function cut(text: string): string {
  let end = CELL_CHARS - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** Text cells go to the shared string table, each distinct text once. */
class SharedStrings {
  private readonly texts = new Numbered();
  private uses = 0;

  id(text: string): number {
    this.uses++;
    return this.texts.id(text.length > CELL_CHARS ? cut(text) : text);
  }

  bytes(): Uint8Array {
    const out = new Pieces();
    out.push(`${HEAD}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.texts.list.length}">`);
    for (const t of this.texts.list) out.push(`<si><t${t !== t.trim() || /\n/.test(t) ? ' xml:space="preserve"' : ''}>${xmlEscape(t)}</t></si>`);
    out.push('</sst>');
    return out.bytes();
  }
}

function sheetXml(sheet: SheetSpec, styles: StyleTable, strings: SharedStrings, drawing: boolean): Uint8Array {
  // The rows first: the sheet's extent, which the head states, is known once they are written.
  const body = new Pieces();
  let lastRow = 1;
  let lastCol = 1;
  let previous = 0;
  for (const [r, cells, ownHeight] of sheet.rows()) {
    if (r <= previous) throw new Error(`sheet ${sheet.name}: row ${r} after row ${previous}`);
    previous = r;
    lastRow = r;
    const height = ownHeight ?? sheet.heights?.get(r);
    const xml: string[] = [];
    cells.forEach((cell, i) => {
      if (!cell) return;
      if (i + 1 > lastCol) lastCol = i + 1;
      const ref = cellRef(r, i + 1);
      const s = cell.style ? styles.id(cell.style) : 0;
      const sAttr = s ? ` s="${s}"` : '';
      const v = cell.value;
      if (v === null) xml.push(`<c r="${ref}"${sAttr}/>`);
      else if (typeof v === 'number') xml.push(`<c r="${ref}"${sAttr}><v>${v}</v></c>`);
      else if (typeof v === 'string') xml.push(`<c r="${ref}"${sAttr} t="s"><v>${strings.id(v)}</v></c>`);
      else xml.push(`<c r="${ref}"${sAttr}><f>${xmlEscape(v.formula)}</f><v>${v.result}</v></c>`);
    });
    body.push(`<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''}>${xml.join('')}</row>`);
  }
  const frozen = sheet.frozenRows;
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  // Printed as people print a table: landscape A4, one page wide (as many pages down as it takes), the header rows on
  // every page (the workbook's Print_Titles), the gridlines' place taken by the cells' own borders.
  const head =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${cellRef(lastRow, lastCol)}"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>';
  const tail =
    `</sheetData>${merges}` +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '<headerFooter><oddFooter>&amp;C&amp;P/&amp;N</oddFooter></headerFooter>' +
    (drawing ? '<drawing r:id="rId1"/>' : '') +
    '</worksheet>';
  return Buffer.concat([Buffer.from(head, 'utf8'), ...body.buffers(), Buffer.from(tail, 'utf8')]);
}

/** One picture anchored at a cell, its size in EMU (9525 per pixel). */
function drawingXml(p: SheetPicture): string {
  const emu = (px: number) => Math.round(px * 9525);
  return (
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${p.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${emu(p.widthPx)}" cy="${emu(p.heightPx)}"/>` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    `<xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(p.widthPx)}" cy="${emu(p.heightPx)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  );
}

const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `${HEAD}<Relationships xmlns="${PKG_REL}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;

/** The workbook as the bytes of an .xlsx file (deflated at level 1; the same bytes for the same spec). */
export function workbookBytes(spec: WorkbookSpec): Uint8Array {
  const styles = new StyleTable(spec.font);
  const strings = new SharedStrings();
  const files: Zippable = {};
  const overrides: string[] = [];
  const sheetEntries: string[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];
  let drawings = 0;
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const picture = sheet.picture;
    files[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, styles, strings, !!picture);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    sheetEntries.push(`<sheet name="${xmlEscape(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
    workbookRels.push({ id: `rId${n}`, type: 'worksheet', target: `worksheets/sheet${n}.xml` });
    if (picture) {
      const d = ++drawings;
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(relsXml([{ id: 'rId1', type: 'drawing', target: `../drawings/drawing${d}.xml` }]));
      files[`xl/drawings/drawing${d}.xml`] = strToU8(drawingXml(picture));
      files[`xl/drawings/_rels/drawing${d}.xml.rels`] = strToU8(relsXml([{ id: 'rId1', type: 'image', target: `../media/image${d}.png` }]));
      files[`xl/media/image${d}.png`] = [picture.png, { level: 0 }];
      overrides.push(`<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    }
  });
  const count = spec.sheets.length;
  workbookRels.push(
    { id: `rId${count + 1}`, type: 'styles', target: 'styles.xml' },
    { id: `rId${count + 2}`, type: 'sharedStrings', target: 'sharedStrings.xml' },
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheetEntries.join('')}</sheets>${printTitles(spec.sheets)}<calcPr calcId="191029"/></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(relsXml(workbookRels));
  files['xl/styles.xml'] = strToU8(styles.xml());
  files['xl/sharedStrings.xml'] = strings.bytes();
  const iso = spec.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  files['docProps/core.xml'] = strToU8(
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>${xmlEscape(spec.creator)}</dc:creator><cp:lastModifiedBy>${xmlEscape(spec.creator)}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
  );
  files['docProps/app.xml'] = strToU8(
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlEscape(spec.creator)}</Application></Properties>`,
  );
  files['_rels/.rels'] = strToU8(
    relsXml([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }]).replace(
      '</Relationships>',
      `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ),
  );
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      overrides.join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  // Content types first, as Office writes them; then the rest in a fixed order.
  const ordered: Zippable = {};
  for (const name of [
    '[Content_Types].xml',
    '_rels/.rels',
    'docProps/core.xml',
    'docProps/app.xml',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/sharedStrings.xml',
  ])
    ordered[name] = files[name]!;
  for (const [name, data] of Object.entries(files)) if (!(name in ordered)) ordered[name] = data;
  return zipSync(ordered, { level: 1, mtime: zoneFreeDate(spec.date) });
}

/** Each sheet's frozen header rows, printed again at the top of every page (`_xlnm.Print_Titles`). */
function printTitles(sheets: SheetSpec[]): string {
  const names = sheets.flatMap((s, i) =>
    s.frozenRows > 0
      ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${xmlEscape(s.name.replace(/'/g, "''"))}'!$1:$${s.frozenRows}</definedName>`]
      : [],
  );
  return names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
}
