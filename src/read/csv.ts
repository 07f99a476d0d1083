import { parse } from 'csv-parse/sync';
import { fileName } from '../model/relative-path.js';
import type { Book, Cell, Sheet } from '../model/sheet.js';
import { cellRef } from '../model/origin.js';
import { decodeText, type EncodingName } from './encoding/decode.js';
import { detectDelimiter, type Delimiter } from './delimiter.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { ReadError } from './read-error.js';

export interface TextReadOptions {
  encoding?: EncodingName;
  delimiter?: Delimiter;
}

const PARSE_OPTIONS = { relax_quotes: true, relax_column_count: true, skip_empty_lines: false } as const;

/** Line breaks in a text (`\r\n`, `\n` or `\r`, each one break). */
function lineBreaks(text: string): number {
  return text.includes('\n') || text.includes('\r') ? (text.match(/\r\n|\n|\r/g) ?? []).length : 0;
}

/** The line break a text uses: `\r\n` if it has one, else `\n` if it has one, else `\r` (padFields refuses a mix). */
const lineBreakOf = (text: string) => (text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r');

/**
 * Every line given as many fields as the longest, by empty fields added at its end; null when the text is not plainly
 * written, where csv-parse might read it otherwise than this count does: mixed line breaks (`\r\n` and a bare `\n`),
 * or a quote that does not open a field or close one. The last line, when no line break ends it, is left as it is.
 * Adds no line break and changes no field that has text.
 */
export function padFields(text: string, delimiter: string): string | null {
  const d = delimiter.charCodeAt(0);
  const eol = lineBreakOf(text);
  if (lineBreaks(text) !== text.split(eol).length - 1) return null;
  const ends: number[] = [];
  const counts: number[] = [];
  let n = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      // A quoted field: only at the start of a field, `""` inside it, and its closing quote ends the field.
      if (!fieldStart) return null;
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return null;
        if (text.charCodeAt(j + 1) === 34) j += 2;
        else break;
      }
      const after = text.charCodeAt(j + 1);
      if (j + 1 < text.length && after !== d && after !== 10 && after !== 13) return null;
      i = j;
      fieldStart = false;
    } else if (ch === d) {
      n++;
      fieldStart = true;
    } else if (ch === 10 || ch === 13) {
      ends.push(i);
      counts.push(n);
      n = 0;
      fieldStart = true;
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    } else fieldStart = false;
  }
  let most = 0;
  for (const c of counts) if (c > most) most = c;
  const parts: string[] = [];
  let from = 0;
  ends.forEach((end, k) => {
    if (counts[k]! === most) return;
    parts.push(text.slice(from, end), delimiter.repeat(most - counts[k]!));
    from = end;
  });
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The records of a text with no quote in it and one kind of line break: its lines (the break after the last one ends
 * it, as in csv-parse) cut at the delimiter. A record past `maxRecord` characters is refused as csv-parse refuses it.
 */
function splitPlain(text: string, delimiter: string, eol: string, maxRecord: number, limits: Limits): string[][] {
  if (text === '') return [];
  const lines = text.split(eol);
  if (text.endsWith(eol)) lines.pop();
  return lines.map((line, i) => {
    const fields = line.split(delimiter);
    // csv-parse counts a record's characters without its delimiters.
    if (line.length - (fields.length - 1) * delimiter.length > maxRecord)
      throw new ReadError('file-too-large', { kind: 'cell', limit: limits.cellChars, line: i + 1 });
    return fields;
  });
}

/** A CSV/TSV/TXT submission → one sheet of text cells, each knowing its line and column. */
export function readCsv(path: string, bytes: Uint8Array, options: TextReadOptions = {}, limits: Limits = DEFAULT_LIMITS): Book {
  const decoded = decodeText(bytes, options.encoding);
  const text = decoded.text;
  // Count lines before parsing: a million-row file is refused before it costs memory.
  const lines = lineBreaks(text) + 1;
  if (lines > limits.rows) throw new ReadError('file-too-large', { kind: 'rows', size: lines, limit: limits.rows });
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // csv-parse builds an error object for every record whose length differs from the first (copying its options
  // through JSON), even when told to relax that rule: a third of the time of a form-layout CSV, whose title lines have
  // one field and whose table has four. So a plainly written text is first padded to even records (padFields; the
  // empty cells are skipped below); any other is parsed as it is, only slower.
  const padded = padFields(text, delimiter);
  let records: string[][];
  // For a text not plainly written, each record's raw text, to count the physical lines it spans.
  let raws: string[] | null = null;
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // A record far beyond any report (several cells at Excel's own limit) stops the parse early.
    const parseOptions = { ...PARSE_OPTIONS, delimiter, max_record_size: limits.cellChars * 4 };
    // A plainly written text without a quote anywhere (a list typed in Excel and saved as CSV, most often) is its lines
    // cut at the delimiter, which is all csv-parse would do with it, only slower; with quotes, csv-parse reads it, told
    // the one kind of line break it has.
    if (padded !== null && !text.includes('"')) records = splitPlain(padded, delimiter, lineBreakOf(text), parseOptions.max_record_size, limits);
    else if (padded !== null) records = parse(padded, { ...parseOptions, record_delimiter: lineBreakOf(text) }) as string[][];
    else {
      // Any line break ends a record: a file whose lines end in `\r\n` but one (a line edited by another tool) would
      // otherwise have that line run on into the next one's first cell.
      const parsed = parse(text, { ...parseOptions, record_delimiter: ['\r\n', '\n', '\r'], info: true, raw: true }) as unknown as {
        record: string[];
        info: { raw?: string };
      }[];
      records = parsed.map((p) => p.record);
      raws = parsed.map((p) => p.info.raw ?? '');
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const e = error as { lines?: number; message?: string; code?: string };
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      throw new ReadError('file-too-large', { kind: 'cell', limit: limits.cellChars, line: e.lines ?? 0 });
    }
    throw new ReadError('file-corrupt', { line: e.lines ?? 0, detail: e.message ?? '' });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const sheet: Sheet = { name: fileName(path), isText: true, rows: new Map(), rowCount: 0, columnCount: 0 };
  // Physical line of each record: one more than the line breaks of the records before it — in a plainly written text
  // the break that ends each and those inside its quoted fields, otherwise those of its raw text.
  let line = 1;
  records.forEach((record, index) => {
    const row = index + 1;
    const recordLine = line;
    if (raws) line += lineBreaks(raws[index]!);
    else {
      line += 1;
      for (const f of record) line += lineBreaks(f);
    }
    const cells = new Map<number, Cell>();
    record.forEach((value, i) => {
      const column = i + 1;
      if (value.length > limits.cellChars) {
        throw new ReadError('file-too-large', { kind: 'cell', size: value.length, limit: limits.cellChars, cell: cellRef(row, column), line: recordLine });
      }
      const textValue = value.normalize('NFC');
      if (textValue.trim() === '') return;
      cells.set(column, {
        row,
        column,
        content: { kind: 'text', text: textValue },
        origin: { file: path, cell: cellRef(row, column), line: recordLine, column },
        numberAsText: true,
      });
      sheet.columnCount = Math.max(sheet.columnCount, column);
    });
    if (cells.size > 0) sheet.rows.set(row, cells);
    sheet.rowCount = row;
  });
  return {
    path,
    format: 'csv',
    encoding: { name: decoded.encoding, detected: decoded.detected },
    delimiter,
    sheets: [sheet],
    ...(decoded.confidence !== undefined && decoded.confidence < 0.8 ? { encodingConfidence: decoded.confidence } : {}),
  };
}
