import { parse } from 'csv-parse/sync';
import { basename } from 'node:path';
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

interface ParsedRecord {
  record: string[];
  /** With quotes in the text: the record's raw text, to count the lines it spans. */
  info?: { raw?: string };
}

const PARSE_OPTIONS = {
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
  // A record far beyond any report (several cells at Excel's own limit) stops the parse early: max_record_size.
} as const;

/** Every line given as many fields as the longest (text without quotes only: each delimiter is a field break). */
function padFields(text: string, delimiter: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  // A final line break ends the last line; it does not start an empty one.
  const last = lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const counts = lines.map((l) => l.split(delimiter).length - 1);
  let most = 0;
  for (let i = 0; i < last; i++) most = Math.max(most, counts[i]!);
  for (let i = 0; i < last; i++) if (counts[i]! < most) lines[i] += delimiter.repeat(most - counts[i]!);
  return lines.join('\n');
}

/** A CSV/TSV/TXT submission → one sheet of text cells, each knowing its line and column. */
export function readCsv(path: string, bytes: Uint8Array, options: TextReadOptions = {}, limits: Limits = DEFAULT_LIMITS): Book {
  const decoded = decodeText(bytes, options.encoding);
  const text = decoded.text;
  // Count lines before parsing: a million-row file is refused before it costs memory.
  const lines = (text.match(/\r\n|\n|\r/g) ?? []).length + 1;
  if (lines > limits.rows) throw new ReadError('file-too-large', { kind: 'rows', size: lines, limit: limits.rows });
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // csv-parse builds an error object for every record whose length differs from the first (copying its options
  // through JSON), even when told to relax that rule: a third of the time of a form-layout CSV, whose title lines have
  // one field and whose table has four. Without a quote character a line is a record and its fields are its
  // delimiters plus one, so every line is padded with empty fields to the longest (empty cells are skipped below)
  // and each record's line is its position. With quotes, records are parsed as they are, lines counted from the raw.
  const plain = !text.includes('"');
  let records: ParsedRecord[];
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    records = plain
      ? (parse(padFields(text, delimiter), { ...PARSE_OPTIONS, delimiter, max_record_size: limits.cellChars * 4 }) as string[][]).map((record) => ({ record }))
      : (parse(text, { ...PARSE_OPTIONS, delimiter, info: true, raw: true, max_record_size: limits.cellChars * 4 }) as unknown as ParsedRecord[]);
  } catch (error) {
    const e = error as { lines?: number; message?: string; code?: string };
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      throw new ReadError('file-too-large', { kind: 'cell', limit: limits.cellChars, line: e.lines ?? 0 });
    }
    throw new ReadError('file-corrupt', { line: e.lines ?? 0, detail: e.message ?? '' });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const sheet: Sheet = { name: basename(path), isText: true, rows: new Map(), rowCount: 0, columnCount: 0 };
  // Physical line of each record: one more than the line breaks in the raw text of the records before it
  // (a quoted field may span several lines).
  let line = 1;
  records.forEach(({ record, info }, index) => {
    const row = index + 1;
    const recordLine = line;
    line += plain ? 1 : ((info?.raw ?? '').match(/\r\n|\n|\r/g) ?? []).length;
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
