import type { Cell, Book, Sheet } from '../model/sheet.js';
import { cellRef } from '../model/origin.js';
import { extensionOf } from '../model/relative-path.js';
import { put } from './cells.js';
import { decodeLegacyRun, legacyFont } from './encoding/legacy-fonts.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { ReadError } from './read-error.js';
import { attribute, type Attributes } from './xml-scan.js';
import { parsed, type Scan } from './xlsx.js';
import { boundedParts } from './zip-bounds.js';

/**
 * A district's report written in Word (`.docx`): each table of the document as a sheet of cells (`Bảng 1`, `Bảng 2`…;
 * a cell spanning columns or rows repeats its text in the cells it covers, as a merged range of a workbook does; the
 * paragraphs of a cell joined by line breaks), above its rows the lines the interpreter reads for the unit, the
 * period and the date: the document's head (the agency block, `Số: …`, the place and date, BÁO CÁO and its subject)
 * and the headings between the head and the table (`I. KẾT QUẢ HOẠT ĐỘNG NĂM 2022`). A cell of a table says where it
 * is as `Bảng 2, dòng 5, cột 4` (origin: sheet, line, column); a head line as `Đầu văn bản, dòng 3`. Text in a TCVN3 or
 * VNI font is decoded by its font (legacy-fonts.ts).
 */
export function readDocx(path: string, bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Book {
  const { names, part } = boundedParts(
    bytes,
    limits.unzippedBytes,
    (name) => /^\/?(word\/(document|fontTable)|docProps\/app)\.xml$/i.test(name),
    () => false,
    'word',
  );
  // The styles part (a template's, hundreds of kilobytes) is needed only when a style may draw text in an old
  // Vietnamese font: when the document's font table names one, or has none to say. It is the same bytes in the
  // documents of one template, inflated once.
  const fontTable = part('word/fonttable.xml');
  const stylesPart = () =>
    boundedParts(
      bytes,
      limits.unzippedBytes,
      (name) => /^\/?word\/styles\.xml$/i.test(name),
      () => true,
    ).part('word/styles.xml');
  const documentXml = part('word/document.xml');
  if (!documentXml) {
    if (names.length > 0) throw new ReadError('file-wrong-type', { what: 'zip', ext: extensionOf(path).toLowerCase() });
    throw new ReadError('file-corrupt', { detail: 'no document part' });
  }
  try {
    const styles = !fontTable || LEGACY_FONT_NAME.test(text(fontTable)) ? stylesOf(stylesPart()) : NO_STYLES;
    const items = parsed((xml, scan) => parseBody(xml, scan, styles, limits), text(documentXml));
    // A document cnscd wrote (its report, its check list), dropped among the submissions: said so, never added up.
    const byCnscd = /<Application>\s*cnscd\b/.test(text(part('docprops/app.xml')));
    return { path, format: 'docx', sheets: sheetsOf(path, items, limits), ...(byCnscd ? { producer: 'cnscd' as const } : {}) };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('file-corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
}

const decoder = new TextDecoder('utf-8');
const text = (bytes: Uint8Array | undefined) => (bytes ? decoder.decode(bytes) : '');

/** A paragraph of the body (its text), or a table: rows of cells, each with the grid columns it spans and its text. */
type Item = { kind: 'para'; text: string } | { kind: 'table'; rows: TableCell[][] };
interface TableCell {
  text: string;
  span: number;
  /** `restart` opens a cell merged down; `continue` is covered by the cell above. */
  vMerge?: 'restart' | 'continue';
}

interface Styles {
  /** The document's default font, and each style's own font and the style it is based on. */
  defaultFont: string | undefined;
  /** The paragraph style of a paragraph that names none (Word's Normal). */
  defaultParagraph?: string;
  fonts: Map<string, { font?: string; basedOn?: string }>;
}

const NO_STYLES: Styles = { defaultFont: undefined, fonts: new Map() };
/** An old Vietnamese font's name as an attribute gives it (`w:name=".VnTime"`, `w:ascii="VNI-Times"`). */
const LEGACY_FONT_NAME = /"(?:\.Vn|VNI[-\s])/i;
const knownStyles = new WeakMap<Uint8Array, Styles>();

/**
 * The styles part's fonts, once for the same bytes (a template's part, given again by the zip reader). A part that
 * names no old Vietnamese font (most: a Word template's styles run to hundreds of kilobytes) is not parsed at all:
 * no style can then make a run's text a legacy encoding.
 */
function stylesOf(bytes: Uint8Array | undefined): Styles {
  if (!bytes) return NO_STYLES;
  const known = knownStyles.get(bytes);
  if (known) return known;
  const xml = text(bytes);
  const styles = LEGACY_FONT_NAME.test(xml) ? parsed(parseStyles, xml) : NO_STYLES;
  knownStyles.set(bytes, styles);
  return styles;
}

/** The fonts of the styles part: enough to know which runs are typed in an old Vietnamese font. */
function parseStyles(xml: string, scan: Scan): Styles {
  const styles: Styles = { defaultFont: undefined, fonts: new Map() };
  let id: string | undefined;
  let inDefaults = false;
  scan(xml, {
    open(name, attrs) {
      if (name === 'rPrDefault') inDefaults = true;
      else if (name === 'style') {
        id = attribute(attrs, 'w:styleId');
        if (id) styles.fonts.set(id, {});
        if (id && attribute(attrs, 'w:type') === 'paragraph' && /^(1|true|on)$/.test(attribute(attrs, 'w:default') ?? '')) styles.defaultParagraph ??= id;
      } else if (name === 'basedOn' && id) styles.fonts.get(id)!.basedOn = attribute(attrs, 'w:val');
      else if (name === 'rFonts') {
        const font = fontOf(attrs);
        if (inDefaults) styles.defaultFont ??= font;
        else if (id && font) styles.fonts.get(id)!.font = font;
      }
    },
    close(name) {
      if (name === 'rPrDefault') inDefaults = false;
      else if (name === 'style') id = undefined;
    },
  });
  return styles;
}

/** The font a run's text is drawn in: `w:ascii`, else `w:hAnsi` (what Latin-1 bytes are drawn with). */
function fontOf(attrs: Attributes): string | undefined {
  return attribute(attrs, 'w:ascii') ?? attribute(attrs, 'w:hAnsi');
}

/** A style's font, up its `basedOn` chain. */
function styleFont(styles: Styles, id: string | undefined): string | undefined {
  for (let i = 0, s = id; s && i < 20; i++) {
    const style = styles.fonts.get(s);
    if (!style) return undefined;
    if (style.font) return style.font;
    s = style.basedOn;
  }
  return undefined;
}

/** The body's paragraphs and tables in order; a table inside a cell gives its text to that cell. */
function parseBody(xml: string, scan: Scan, styles: Styles, limits: Limits): Item[] {
  const items: Item[] = [];
  // Open tables, innermost last: each its rows, the row being read, and the cell being read (its paragraphs).
  const tables: { rows: TableCell[][]; row: TableCell[] | null; cell: (TableCell & { paras: string[] }) | null }[] = [];
  let para: string[] | null = null;
  let paraStyle: string | undefined;
  let runFont: string | undefined;
  let runStyle: string | undefined;
  let inRun = false;
  let inText = false;
  let run = '';
  let cells = 0;
  // Top-level tables so far, and the row being read in the outermost one: where a cell too long is.
  let tableCount = 0;
  const endRun = () => {
    if (!run) return;
    const font = legacyFont(runFont ?? styleFont(styles, runStyle) ?? styleFont(styles, paraStyle ?? styles.defaultParagraph) ?? styles.defaultFont);
    para?.push(font ? decodeLegacyRun(run, font) : run);
    run = '';
  };
  // A text box (a letterhead is often one) holds paragraphs inside a run of the paragraph around it: the outer
  // paragraph's state waits while the box's are read, each an item of its own. Word writes a box twice, as DrawingML
  // and as a VML fallback for old readers: the fallback is passed over.
  const outer: {
    para: string[] | null;
    paraStyle: string | undefined;
    runFont: string | undefined;
    runStyle: string | undefined;
    inRun: boolean;
    run: string;
  }[] = [];
  let fallback = 0;
  scan(xml, {
    open(name, attrs) {
      if (fallback > 0 || name === 'Fallback') {
        fallback++;
        return;
      }
      switch (name) {
        case 'txbxContent':
          outer.push({ para, paraStyle, runFont, runStyle, inRun, run });
          para = null;
          inRun = false;
          run = '';
          break;
        case 'p':
          para = [];
          paraStyle = undefined;
          break;
        case 'pStyle':
          if (para && !inRun) paraStyle = attribute(attrs, 'w:val');
          break;
        case 'r':
          inRun = true;
          runFont = undefined;
          runStyle = undefined;
          break;
        case 'rFonts':
          if (inRun) runFont = fontOf(attrs) ?? runFont;
          break;
        case 'rStyle':
          if (inRun) runStyle = attribute(attrs, 'w:val');
          break;
        case 't':
          inText = inRun;
          break;
        case 'tab':
          if (inRun) run += ' ';
          break;
        case 'br':
        case 'cr':
          if (inRun) run += '\n';
          break;
        case 'tbl':
          if (tables.length === 0) tableCount++;
          tables.push({ rows: [], row: null, cell: null });
          break;
        case 'tr': {
          const t = tables.at(-1);
          if (t) {
            if (t.rows.length >= limits.rows) throw new ReadError('file-too-large', { kind: 'rows', size: t.rows.length + 1, limit: limits.rows });
            t.row = [];
          }
          break;
        }
        case 'tc': {
          const t = tables.at(-1);
          if (t) t.cell = { text: '', span: 1, paras: [] };
          if (++cells > limits.rows * 64) throw new ReadError('file-too-large', { kind: 'rows', size: cells, limit: limits.rows * 64 });
          break;
        }
        case 'gridSpan': {
          const cell = tables.at(-1)?.cell;
          const n = Number(attribute(attrs, 'w:val'));
          if (cell && Number.isInteger(n) && n > 1) cell.span = Math.min(n, 1000);
          break;
        }
        case 'vMerge': {
          const cell = tables.at(-1)?.cell;
          if (cell) cell.vMerge = attribute(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    },
    chars(t) {
      if (inText && fallback === 0) run += t;
    },
    close(name) {
      if (fallback > 0) {
        fallback--;
        return;
      }
      switch (name) {
        case 'txbxContent': {
          const saved = outer.pop();
          if (saved) ({ para, paraStyle, runFont, runStyle, inRun, run } = saved);
          break;
        }
        case 't':
          inText = false;
          break;
        case 'r':
          endRun();
          inRun = false;
          break;
        case 'p': {
          endRun();
          const line = (para ?? []).join('');
          para = null;
          const cell = tables.at(-1)?.cell;
          if (cell) cell.paras.push(line);
          else if (tables.length === 0) items.push({ kind: 'para', text: line });
          break;
        }
        case 'tc': {
          const t = tables.at(-1);
          if (t?.cell && t.row) {
            const { paras, ...cell } = t.cell;
            const text = joinParas(paras);
            if (text.length > limits.cellChars) {
              const where = `Bảng ${tableCount}, dòng ${(tables[0]!.rows.length ?? 0) + 1}`;
              throw new ReadError('file-too-large', { kind: 'cell', cell: where, size: text.length, limit: limits.cellChars });
            }
            t.row.push({ ...cell, text });
          }
          if (t) t.cell = null;
          break;
        }
        case 'tr': {
          const t = tables.at(-1);
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = null;
          break;
        }
        case 'tbl': {
          const t = tables.pop()!;
          const outer = tables.at(-1)?.cell;
          // A table inside a cell: its text, row by row, is that cell's.
          if (outer) outer.paras.push(t.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n'));
          else items.push({ kind: 'table', rows: t.rows });
          break;
        }
      }
    },
  });
  return items;
}

/** A cell's paragraphs as one text: the lines kept apart, the empty ones at either end dropped. */
function joinParas(paras: string[]): string {
  const lines = paras.map((p) => p.replace(/[\t \u00a0]+/g, ' ').trim());
  while (lines.length > 0 && !lines[0]) lines.shift();
  while (lines.length > 0 && !lines.at(-1)) lines.pop();
  return lines.join('\n');
}

/** How many of the document's first items make its head when it has no BÁO CÁO line. */
const HEAD_ITEMS = 12;
/** A heading of the body (`I. KẾT QUẢ…`, `3.1. Số liệu thống kê`): a numbered short line that ends no sentence. */
const HEADING = /^(?:[IVX]+|\d+(?:\.\d+)*)[.)]\s+\S.{0,150}$/u;

/** A sheet for each table of the body, its head lines and headings above its rows. */
function sheetsOf(path: string, items: Item[], limits: Limits): Sheet[] {
  // A report has a table or two; thousands are not a report (each would be tried as one).
  const tables = items.filter((i) => i.kind === 'table').length;
  if (tables > limits.sheets) throw new ReadError('file-too-large', { kind: 'sheets', size: tables, limit: limits.sheets, doc: 'word' });
  // The head: the letterhead down to BÁO CÁO and its subject, else the first few items.
  const title = items.findIndex((i) => i.kind === 'para' && /^b[áa]o\s*c[áa]o$/i.test(i.text.replace(/\s+/g, ' ').trim()));
  // After BÁO CÁO, its subject: a line or two that end no sentence (not "Thực hiện Công văn…, như sau:").
  let headEnd = title >= 0 ? title + 1 : Math.min(items.length, HEAD_ITEMS);
  for (let taken = 0; title >= 0 && taken < 2 && headEnd < items.length; headEnd++) {
    const next = items[headEnd]!;
    if (next.kind !== 'para' || /[.:;]$/.test(next.text.trim()) || next.text.length > 250) break;
    if (next.text.trim()) taken++;
  }
  const headLines: string[] = [];
  for (const item of items.slice(0, headEnd)) {
    if (item.kind === 'para') headLines.push(item.text);
    else for (const row of item.rows) for (const c of row) if (c.vMerge !== 'continue') headLines.push(c.text);
  }
  const head = headLines.map((l) => l.replace(/[\t \u00a0]+/g, ' ').trim()).filter(Boolean);
  const sheets: Sheet[] = [];
  let n = 0;
  items.forEach((item, at) => {
    if (item.kind !== 'table') return;
    const name = `Bảng ${++n}`;
    const headings = items
      .slice(headEnd, at)
      .filter((i): i is Item & { kind: 'para' } => i.kind === 'para' && HEADING.test(i.text.trim()) && !/[.;:]$/.test(i.text.trim()))
      .map((i) => i.text.trim());
    const lines = at < headEnd ? [] : [...head, ...headings];
    const sheet: Sheet = { name, isText: false, rows: new Map(), rowCount: 0, columnCount: 0, tableRowOffset: lines.length };
    lines.forEach((line, i) => {
      put(sheet, textCell(line, i + 1, 1, { file: path, sheet: 'Đầu văn bản', line: i + 1 }));
    });
    placeRows(sheet, item.rows, lines.length, path, name);
    sheets.push(sheet);
  });
  return sheets;
}

function textCell(text: string, row: number, column: number, origin: Cell['origin']): Cell {
  return { row, column, content: { kind: 'text', text: text.normalize('NFC') }, origin };
}

/**
 * A table's rows into the sheet below `offset` rows, each cell at its grid column: one spanning columns repeats its
 * text in those it covers, one merged down in the rows below (`mergedFrom`, as a workbook's merged range).
 */
function placeRows(sheet: Sheet, rows: TableCell[][], offset: number, file: string, name: string): void {
  // The cell above each grid column, for a cell merged down.
  const above = new Map<number, Cell>();
  rows.forEach((cells, r) => {
    const row = offset + r + 1;
    let column = 1;
    for (const c of cells) {
      const origin = { file, sheet: name, line: r + 1, column };
      const master = c.vMerge === 'continue' ? above.get(column) : undefined;
      for (let k = 0; k < c.span; k++) {
        const col = column + k;
        if (master) {
          put(sheet, { ...master, row, column: col, mergedFrom: master.origin.cell ?? cellRef(row, col), origin: { ...master.origin } });
          above.set(col, master);
        } else if (c.text) {
          const cell = textCell(c.text, row, col, k === 0 ? origin : { ...origin, column: col });
          put(sheet, k === 0 ? cell : { ...cell, mergedFrom: cellRef(row, column), origin });
          above.set(col, k === 0 ? cell : { ...cell, origin });
        } else above.delete(col);
      }
      column += c.span;
    }
  });
}
