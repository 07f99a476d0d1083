import { SaxesParser } from 'saxes';
import { cellRef } from '../model/origin.js';
import { extensionOf } from '../model/relative-path.js';
import type { Book, Sheet } from '../model/sheet.js';
import { contentOf, fillMerges, parseRef, put } from './cells.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { ReadError } from './read-error.js';
import { attribute, scanXml, XmlFallback, type Attributes, type XmlHandlers } from './xml-scan.js';
import { boundedParts } from './zip-bounds.js';

/**
 * The lean workbook reader: only the parts of an .xlsx the tool needs (the workbook and its relations, shared
 * strings, number formats, the sheets), inflated in one bounded pass with fflate and read with a streaming XML
 * parser. It gives the same cells as exceljs (the reference reader, xlsx-exceljs.ts; tests compare the two on
 * every fixture) at a fraction of the cost, which is what lets a folder of thousands of workbooks be read in seconds.
 */
export function readXlsx(path: string, bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Book {
  const zip = boundedParts(
    bytes,
    limits.unzippedBytes,
    (name) => WANTED_PARTS.test(name.replace(/^\//, '')),
    (name) => TEMPLATE_PARTS.test(name.replace(/^\//, '')),
  );
  const part = zip.part;
  const workbookXml = part('xl/workbook.xml');
  if (!workbookXml) {
    if (zip.names.length > 0) throw new ReadError('file-wrong-type', { what: 'zip', ext: extensionOf(path).toLowerCase() });
    throw new ReadError('file-corrupt', { detail: 'no workbook part' });
  }
  try {
    const workbook = parsedOnce(parseWorkbook, workbookXml);
    if (workbook.sheets.length > limits.sheets) throw new ReadError('file-too-large', { kind: 'sheets', size: workbook.sheets.length, limit: limits.sheets });
    const rels = parsedOnce(parseRels, part('xl/_rels/workbook.xml.rels'));
    const strings = parsed(parseSharedStrings, text(part('xl/sharedStrings.xml')));
    const dateStyles = parsedOnce(parseDateStyles, part('xl/styles.xml'));
    const sheets: Sheet[] = [];
    for (const s of workbook.sheets) {
      const target = rels.get(s.rid);
      if (!target) continue;
      const file = target.startsWith('/') ? target.slice(1) : normalizedPart(`xl/${target}`);
      const xml = part(file);
      if (!xml) continue;
      const context = { path, name: s.name.normalize('NFC'), strings, dateStyles, date1904: workbook.date1904, limits };
      sheets.push(parsed((x, scan) => parseSheet(x, scan, context), text(xml)));
    }
    return { path, format: 'xlsx', sheets };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('file-corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
}

const decoder = new TextDecoder('utf-8');
const text = (bytes: Uint8Array | undefined) => (bytes ? decoder.decode(bytes) : '');

/** Calls the handlers for each element and text of a part: prefixes left out of element names. */
export type Scan = (xml: string, on: XmlHandlers) => void;

/**
 * Read a part with the plain pass (xml-scan.ts); when it leaves the part to saxes, read it again from the start with
 * saxes, so whatever `parse` built on the way is thrown away.
 */
export function parsed<T>(parse: (xml: string, scan: Scan) => T, xml: string): T {
  if (!xml) return parse(xml, () => {});
  try {
    return parse(xml, scanXml);
  } catch (error) {
    if (error instanceof XmlFallback) return parse(xml, saxes);
    throw error;
  }
}

/** The parts the reader inflates: the workbook and its relations, the shared strings, the styles, the sheets. */
export const WANTED_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedstrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/i;
/** Of those, the ones that the files of one template share byte for byte. */
export const TEMPLATE_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml)$/i;

/**
 * The parts that the files of one template share byte for byte (the workbook, its relations, the styles) parsed
 * once: a folder of thousands of forms filled in from the same template holds the same few parts thousands of times.
 * The zip reader gives such a part as the same bytes (the same object) while it remembers them (zip-bounds.ts), and
 * its parsed form is remembered with them, and forgotten with them. The result is the same as parsing the text
 * again (the parsers are pure, and their results are only read); a part that cannot be read is not remembered, so it
 * fails again the same way.
 */
function parsedOnce<T>(parse: (xml: string, scan: Scan) => T, bytes: Uint8Array | undefined): T {
  if (!bytes) return parsed(parse, '');
  let seen = remembered.get(parse) as WeakMap<Uint8Array, T> | undefined;
  if (!seen) remembered.set(parse, (seen = new WeakMap()));
  const known = seen.get(bytes);
  if (known !== undefined) return known;
  const result = parsed(parse, text(bytes));
  seen.set(bytes, result);
  return result;
}

const remembered = new Map<unknown, WeakMap<Uint8Array, unknown>>();

/** The same events from saxes, which reads any XML and says what is wrong with a part that is not. */
export function saxes(xml: string, on: XmlHandlers): void {
  if (!xml) return;
  const parser = new SaxesParser({ xmlns: false });
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  if (on.open) parser.on('opentag', (tag) => on.open!(local(tag.name), Object.entries(tag.attributes as Record<string, string>).flat()));
  if (on.close) parser.on('closetag', (tag) => on.close!(local(tag.name)));
  if (on.chars) {
    parser.on('text', on.chars);
    parser.on('cdata', on.chars);
  }
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

function parseWorkbook(xml: string, scan: Scan): { readonly sheets: readonly { readonly name: string; readonly rid: string }[]; readonly date1904: boolean } {
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  scan(xml, {
    open: (name, a) => {
      if (name === 'sheet') sheets.push({ name: attribute(a, 'name') ?? '', rid: attribute(a, 'r:id') ?? prefixedId(a) ?? '' });
      if (name === 'workbookPr') {
        const d = attribute(a, 'date1904');
        if (d === '1' || d === 'true') date1904 = true;
      }
    },
  });
  return { sheets, date1904 };
}

/** A sheet's relation id under any prefix (`r:id` as most write it, another prefix bound to the same namespace). */
function prefixedId(a: Attributes): string | undefined {
  for (let i = 0; i < a.length; i += 2) if (a[i]!.endsWith(':id')) return a[i + 1];
  return undefined;
}

function parseRels(xml: string, scan: Scan): ReadonlyMap<string, string> {
  const rels = new Map<string, string>();
  scan(xml, {
    open: (name, a) => {
      if (name !== 'Relationship') return;
      const id = attribute(a, 'Id');
      const target = attribute(a, 'Target');
      if (id && target) rels.set(id, target);
    },
  });
  return rels;
}

/**
 * Characters a spreadsheet cannot hold in XML, escaped as `_xHHHH_` (ECMA-376 ST_Xstring): Excel writes a carriage
 * return in a cell's text, pasted from Word for one, as `_x000D_`. Read back in each `<t>` of the shared strings and
 * of inline strings, with the pattern exceljs reads them with (upper-case digits). (exceljs itself reads them in the
 * runs of an inline string but not in its plain text; Excel reads them in both, as here.)
 */
const ESCAPED = /_x([0-9A-F]{4})_/g;
const unescaped = (t: string) => (t.includes('_x') ? t.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : t);

/** Shared strings: the text of each `<si>`, runs joined, phonetic guides (`<rPh>`) left out. */
function parseSharedStrings(xml: string, scan: Scan): string[] {
  const out: string[] = [];
  let current = '';
  let text = '';
  let inT = false;
  let inPhonetic = false;
  scan(xml, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) {
        inT = true;
        text = '';
      }
    },
    close: (name) => {
      if (name === 'si') out.push(current);
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't' && inT) {
        inT = false;
        current += unescaped(text);
      }
    },
    chars: (t) => {
      if (inT) text += t;
    },
  });
  return out;
}

/** Built-in number formats that are dates (ECMA-376 18.8.30), as exceljs reads them. */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell styles (`s` index) format numbers as dates: the same test exceljs applies. */
function parseDateStyles(xml: string, scan: Scan): readonly boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inXfs = false;
  const isDateFmt = (fmt: string) => /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
  scan(xml, {
    open: (name, a) => {
      if (name === 'numFmt') {
        const id = attribute(a, 'numFmtId');
        if (id) custom.set(Number(id), attribute(a, 'formatCode') ?? '');
      } else if (name === 'cellXfs') inXfs = true;
      else if (name === 'xf' && inXfs) {
        const id = Number(attribute(a, 'numFmtId') ?? 0);
        const fmt = custom.get(id);
        styles.push(id !== 0 && (fmt !== undefined ? isDateFmt(fmt) : BUILTIN_DATES.has(id)));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  return styles;
}

interface SheetContext {
  path: string;
  name: string;
  strings: string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  limits: Limits;
}

/** A worksheet's cells, as exceljs would give them, through the same content rules. */
function parseSheet(xml: string, scan: Scan, ctx: SheetContext): Sheet {
  const { path, name } = ctx;
  const sheet: Sheet = { name, isText: false, rows: new Map(), rowCount: 0, columnCount: 0 };
  const merges: string[] = [];
  const sharedFormulas = new Map<string, string>();
  let row = 0;
  let column = 0;
  // The reference of the last cell that gave one, read only when needed: for the place of a cell that gives none
  // (the column after it), or for a cell that holds something. A sheet formatted over a whole print area holds many
  // styled empty cells (`<c r="F7" s="1"/>`), which are dropped, as exceljs drops them, without being placed.
  let lastRef: string | undefined;
  // The cell being read: one record, filled again for each cell.
  const cell = {
    r: undefined as string | undefined,
    row: 0,
    column: 0,
    t: 'n',
    s: 0,
    v: '',
    f: null as string | null,
    fShared: null as string | null,
    inline: '',
    hasV: false,
  };
  let inCell = false;
  let target: 'v' | 'f' | 'is' | null = null;
  // Inside an inline string, the `<t>` being read (text between its runs is not the cell's).
  let inInlineText = false;
  let inlineText = '';
  scan(xml, {
    open: (tag, a) => {
      if (tag === 'row') {
        const r = attribute(a, 'r');
        row = r ? Number(r) : row + 1;
        column = 0;
        lastRef = undefined;
        if (row > ctx.limits.rows) throw new ReadError('file-too-large', { kind: 'rows', size: row, limit: ctx.limits.rows, sheet: name });
      } else if (tag === 'c') {
        let r: string | undefined;
        let t = 'n';
        let s = 0;
        for (let i = 0; i < a.length; i += 2) {
          const key = a[i];
          if (key === 'r') r = a[i + 1];
          else if (key === 't') t = a[i + 1]!;
          else if (key === 's') s = Number(a[i + 1]);
        }
        if (r) lastRef = r;
        else {
          // No reference: the column after the cell before it.
          column = (lastRef !== undefined ? parseRef(lastRef).column : column) + 1;
          lastRef = undefined;
          cell.row = row;
          cell.column = column;
        }
        cell.r = r || undefined;
        cell.t = t;
        cell.s = s;
        cell.v = '';
        cell.f = null;
        cell.fShared = null;
        cell.inline = '';
        cell.hasV = false;
        inCell = true;
      } else if (inCell && tag === 'v') {
        target = 'v';
        cell.hasV = true;
      } else if (inCell && tag === 'f') {
        target = 'f';
        cell.f = '';
        const si = attribute(a, 'si');
        if (attribute(a, 't') === 'shared' && si !== undefined) cell.fShared = si;
      } else if (inCell && tag === 'is') {
        target = 'is';
        inInlineText = false;
      } else if (tag === 't' && target === 'is') {
        inInlineText = true;
        inlineText = '';
      } else if (tag === 'rPh' && target === 'is') target = null;
      else if (tag === 'mergeCell') {
        const ref = attribute(a, 'ref');
        if (ref) merges.push(ref);
      }
    },
    close: (tag) => {
      if (tag === 'v' || tag === 'f' || tag === 'is') target = null;
      else if (tag === 't' && target === 'is' && inInlineText) {
        // An inline string's text, run by run, its escapes read as in the shared strings.
        cell.inline += unescaped(inlineText);
        inInlineText = false;
      } else if (tag === 'c' && inCell) {
        finish(cell);
        inCell = false;
      }
    },
    chars: (t) => {
      if (!inCell || !target) return;
      if (target === 'v') cell.v += t;
      else if (target === 'f') cell.f += t;
      else if (inInlineText) inlineText += t;
    },
  });

  /** The cell's place and reference, as written or, for one that gives none, as worked out. */
  function placeOf(c: typeof cell): { row: number; column: number; ref: string } {
    if (c.r === undefined) return { row: c.row, column: c.column, ref: cellRef(c.row, c.column) };
    const at = parseRef(c.r);
    return { row: at.row, column: at.column, ref: at.canonical ? c.r : cellRef(at.row, at.column) };
  }

  function finish(c: typeof cell): void {
    // The value exceljs would hand over for this cell.
    let value: unknown;
    if (c.t === 's') value = c.hasV ? (ctx.strings[Number(c.v)] ?? '') : undefined;
    else if (c.t === 'inlineStr') value = c.inline;
    else if (c.t === 'str') value = c.v;
    else if (c.t === 'b') value = c.hasV ? c.v === '1' || c.v === 'true' : undefined;
    else if (c.t === 'e') value = c.hasV ? { error: c.v } : undefined;
    else if (c.t === 'd') value = c.hasV ? writtenDate(c.v) : undefined;
    else if (c.hasV && c.v !== '') {
      const n = Number(c.v);
      value = ctx.dateStyles[c.s] ? (dateOf(n, ctx.date1904) ?? n) : n;
    }
    if (c.f !== null || c.fShared !== null) {
      let formula = c.f ?? '';
      if (c.fShared !== null) {
        if (formula) sharedFormulas.set(c.fShared, placeOf(c).ref);
        else formula = '';
      }
      const result = value === '' ? undefined : value;
      value = formula
        ? { formula, ...(result !== undefined ? { result } : {}) }
        : { sharedFormula: sharedFormulas.get(c.fShared ?? '') ?? '', ...(result !== undefined ? { result } : {}) };
    }
    const content = contentOf(value);
    if (!content) return;
    const at = placeOf(c);
    if (content.kind === 'text' && content.text.length > ctx.limits.cellChars) {
      throw new ReadError('file-too-large', { kind: 'cell', size: content.text.length, limit: ctx.limits.cellChars, cell: `${name}!${at.ref}` });
    }
    const origin = { file: path, sheet: name, cell: at.ref };
    put(
      sheet,
      content.kind === 'text' ? { row: at.row, column: at.column, content, origin, numberAsText: true } : { row: at.row, column: at.column, content, origin },
    );
  }

  // Cells inside a merged range, other than its top-left one, are covered: exceljs drops what they hold.
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = parseRef(from);
    const b = parseRef(to);
    for (let r = a.row; r <= b.row; r++) {
      const cells = sheet.rows.get(r);
      if (!cells) continue;
      for (let col = a.column; col <= b.column; col++) if (!(r === a.row && col === a.column)) cells.delete(col);
      if (cells.size === 0) sheet.rows.delete(r);
    }
  }
  if (merges.length > 0) {
    sheet.rowCount = 0;
    sheet.columnCount = 0;
    for (const [r, cells] of sheet.rows) {
      sheet.rowCount = Math.max(sheet.rowCount, r);
      for (const col of cells.keys()) sheet.columnCount = Math.max(sheet.columnCount, col);
    }
  }
  fillMerges(sheet, merges);
  return sheet;
}

/**
 * A date cell written as ISO 8601 text (`t="d"`, which some libraries write): the calendar date as written, whatever
 * time or zone follows, since a spreadsheet's dates have no zone. Read through `new Date` it moved a day on machines
 * east or west of UTC (`2023-07-20T00:00:00` became the 19th in Hà Nội). Text that names no date stays text.
 * (exceljs, the reference, reads such a cell as a number, 2023, and is not followed here.)
 */
function writtenDate(text: string): Date | string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/.exec(text);
  if (!m) return text;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : text;
}

/** Excel's serial date → a Date, as exceljs converts it; null when out of range. */
function dateOf(serial: number, date1904: boolean): Date | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isFinite(d.getTime()) ? d : null;
}

/** A part's name with `.` and `..` worked out, as `posix.normalize` gives it: `xl/worksheets/../x.xml` → `xl/x.xml`. */
function normalizedPart(name: string): string {
  const out: string[] = [];
  for (const piece of name.split(/\/+/)) {
    if (piece === '.' || piece === '') continue;
    if (piece === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else out.push('..');
    } else out.push(piece);
  }
  return out.join('/') + (name.endsWith('/') ? '/' : '');
}
