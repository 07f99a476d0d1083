import { extensionOf } from '../model/relative-path.js';
import type { Book, BookFormat } from '../model/sheet.js';
import type { TextReadOptions } from './csv.js';
import { ReadError } from './read-error.js';
import { sniff, type Content } from './sniff.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

export { ReadError } from './read-error.js';

export interface ReadOptions extends TextReadOptions {
  /** Bounds a file must stay within (defaults: DEFAULT_LIMITS). */
  limits?: Limits;
}

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/**
 * What SheetJS reads, by name and bytes: an Excel 97–2003 workbook, what a web reporting system's "Xuất Excel" saves
 * as .xls (a page with a table, Excel 2003's XML), an OpenDocument spreadsheet.
 */
const SHEETJS_FORMATS: Record<string, Partial<Record<Content, Extract<BookFormat, 'xls' | 'ods' | 'html' | 'xml2003'>>>> = {
  '.xls': { xls: 'xls', cfb: 'xls', html: 'html', 'spreadsheetml-2003': 'xml2003' },
  '.ods': { ods: 'ods' },
};

// Each reader (and its libraries) loads only when a file of its kind is read; once loaded, it is kept at hand (an
// `import()` of a loaded module still costs a trip through the module loader, for each of thousands of files).
let xlsxReader: typeof import('./xlsx.js') | undefined;
let csvReader: typeof import('./csv.js') | undefined;
let docxReader: typeof import('./docx.js') | undefined;
let sheetjsReader: typeof import('./sheetjs.js') | undefined;

/**
 * A name whose bytes were not UTF-8 comes with U+FFFD in their place, and nothing can be opened by it (a .zip made
 * on another computer, unpacked on Linux): `readBook` reports such a path as `file-name-unreadable`.
 */
export const unopenable = (name: string): boolean => name.includes('\uFFFD');

/**
 * One submission's bytes, read into sheets of cells; `path` names the file (its extension says what it should be).
 * Throws ReadError (never anything else) when it cannot. The file itself is opened at the edge (`node/read-file.ts`),
 * which also keeps the sha256 of the bytes.
 */
export async function readBytes(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Book> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (bytes.byteLength > limits.bytes) throw new ReadError('file-too-large', { kind: 'bytes', size: bytes.byteLength, limit: limits.bytes });
  const ext = extensionOf(path).toLowerCase();
  const content = sniff(bytes);
  if (content === 'empty') throw new ReadError('file-empty');

  if (WORKBOOK_EXTENSIONS.has(ext)) {
    // A ZIP without the workbook part in view may be a damaged or truncated workbook: let the reader say.
    if (content === 'xlsx' || content === 'zip') return (xlsxReader ??= await import('./xlsx.js')).readXlsx(path, bytes, limits);
    throw mismatch(content, ext);
  }
  if (TEXT_EXTENSIONS.has(ext)) {
    if (content === 'text') {
      const delimiter = options.delimiter ?? (ext === '.tsv' ? '\t' : undefined);
      return (csvReader ??= await import('./csv.js')).readCsv(path, bytes, { ...options, ...(delimiter ? { delimiter } : {}) }, limits);
    }
    throw mismatch(content, ext);
  }
  if (ext === '.docx') {
    if (content === 'docx' || content === 'zip') return (docxReader ??= await import('./docx.js')).readDocx(path, bytes, limits);
    throw mismatch(content, ext);
  }
  const sheetjsFormat = SHEETJS_FORMATS[ext]?.[content];
  if (sheetjsFormat) return (sheetjsReader ??= await import('./sheetjs.js')).readSheetjs(path, bytes, sheetjsFormat, limits);
  if (Object.hasOwn(SHEETJS_FORMATS, ext)) throw mismatch(content, ext);
  throw new ReadError('file-unsupported', { ext: ext || '(none)' });
}

/** A file whose bytes are not what its name says: say what it is and what to do. */
function mismatch(content: Content, ext: string): ReadError {
  switch (content) {
    case 'encrypted-ooxml':
      return new ReadError('file-encrypted');
    // Readable under their own name: the name says what to rename them to.
    case 'xls':
      return new ReadError('file-wrong-type', { what: 'xls', ext, rename: '.xls' });
    case 'ods':
      return new ReadError('file-wrong-type', { what: 'ods', ext, rename: '.ods' });
    case 'docx':
      return new ReadError('file-wrong-type', { what: 'docx', ext, rename: '.docx' });
    case 'cfb':
      return new ReadError('file-xls');
    case 'xlsx':
      return new ReadError('file-wrong-type', { what: 'xlsx', ext, rename: '.xlsx' });
    case 'text':
      return new ReadError('file-wrong-type', { what: 'text', ext, rename: '.csv' });
    default:
      return new ReadError('file-wrong-type', { what: content, ext });
  }
}
