/** What a file's bytes say it is, whatever its name says. */
export type Content = 'xlsx' | 'ods' | 'docx' | 'zip' | 'xls' | 'doc' | 'encrypted-ooxml' | 'cfb' | 'pdf' | 'html' | 'spreadsheetml-2003' | 'text' | 'empty';

export function sniff(bytes: Uint8Array): Content {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8));
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) return sniffZip(bytes);
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return sniffCfb(bytes);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'spreadsheetml-2003';
  if (/^<(!doctype html|html|table|head|body|meta)\b/.test(start)) return 'html';
  return 'text';
}

function contains(bytes: Uint8Array, needle: string, encoding: 'latin1' | 'utf16le' = 'latin1'): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(needle, encoding));
}

function sniffZip(bytes: Uint8Array): Content {
  // Entry names are stored uncompressed in the local headers and the central directory.
  if (contains(bytes, 'xl/workbook.xml') || contains(bytes, 'xl/workbook.bin')) return 'xlsx';
  if (contains(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (contains(bytes, 'word/document.xml')) return 'docx';
  return 'zip';
}

function sniffCfb(bytes: Uint8Array): Content {
  if (contains(bytes, 'EncryptedPackage', 'utf16le') || contains(bytes, 'EncryptionInfo', 'utf16le')) return 'encrypted-ooxml';
  if (contains(bytes, 'Workbook', 'utf16le') || contains(bytes, 'Book', 'utf16le')) return 'xls';
  if (contains(bytes, 'WordDocument', 'utf16le')) return 'doc';
  return 'cfb';
}
