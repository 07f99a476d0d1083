import { isUtf8 } from './utf8.js';
import iconv from 'iconv-lite';
import { ReadError } from '../read-error.js';
import { scoreVietnamese } from './syllables.js';
import { decodeVniText, encodeVniText } from './vni.js';

import type { EncodingName } from './names.js';

export { ENCODINGS, encodingByName, type EncodingName } from './names.js';

export interface Decoded {
  text: string;
  encoding: EncodingName;
  detected: boolean;
  /** For a legacy guess: how sure (share of non-ASCII words that are Vietnamese syllables). */
  confidence?: number;
}

/** Bytes → NFC text, in the given encoding (BOM dropped). */
export function decodeAs(bytes: Uint8Array, encoding: EncodingName): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  switch (encoding) {
    case 'utf-8':
      // Node's own decoder (what iconv-lite uses for UTF-8 too), without iconv's stream wrapping.
      text = buf.toString('utf8');
      break;
    case 'utf-16le':
      text = iconv.decode(buf, 'utf16le');
      break;
    case 'utf-16be':
      text = iconv.decode(buf, 'utf16be');
      break;
    case 'windows-1258':
      text = iconv.decode(buf, 'windows1258');
      break;
    case 'tcvn3':
      text = iconv.decode(buf, 'tcvn');
      break;
    case 'vni':
      text = decodeVniText(iconv.decode(buf, 'windows1252'));
      break;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.normalize('NFC');
}

/** Unicode text → bytes in the given encoding (used to write test files in every encoding). */
export function encodeAs(text: string, encoding: EncodingName, bom = false): Buffer {
  switch (encoding) {
    case 'utf-8':
      return iconv.encode(text, 'utf8', { addBOM: bom });
    case 'utf-16le':
      return iconv.encode(text, 'utf16le', { addBOM: bom });
    case 'utf-16be':
      return iconv.encode(text, 'utf16be', { addBOM: bom });
    case 'windows-1258':
      return iconv.encode(toCp1258Form(text), 'windows1258');
    case 'tcvn3':
      return iconv.encode(text.normalize('NFC'), 'tcvn');
    case 'vni':
      return iconv.encode(encodeVniText(text), 'windows1252');
  }
}

/**
 * Code page 1258 has the letters with circumflex, breve and horn (and some toned Latin-1 letters) as single bytes,
 * and the five tone marks as combining bytes: write each character whole where it can be, else base + tone.
 */
function toCp1258Form(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (iconv.decode(iconv.encode(ch, 'windows1258'), 'windows1258') === ch) {
      out += ch;
      continue;
    }
    const d = ch.normalize('NFD');
    const tone = [...d].find((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c)) ?? '';
    out += d.replace(tone, '').normalize('NFC') + tone;
  }
  return out;
}

const LEGACY: EncodingName[] = ['windows-1258', 'tcvn3', 'vni'];

/** Find the encoding of a text file: BOM, then valid UTF-8, then the legacy decoding that reads most like Vietnamese. */
export function decodeText(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (forced) return { text: decodeAs(bytes, forced), encoding: forced, detected: false };
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', detected: true };
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeAs(bytes, 'utf-16le'), encoding: 'utf-16le', detected: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeAs(bytes, 'utf-16be'), encoding: 'utf-16be', detected: true };
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16, detected: true };
  if (hasNul(bytes)) throw new ReadError('file-wrong-type', { what: 'binary' });
  if (isUtf8(bytes)) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', detected: true };
  let best: Decoded | undefined;
  let bestScore = -Infinity;
  for (const encoding of LEGACY) {
    const text = decodeAs(bytes, encoding);
    const { good, bad } = scoreVietnamese(text);
    const score = good - 2 * bad;
    if (score > bestScore) {
      bestScore = score;
      best = { text, encoding, detected: true, confidence: good + bad === 0 ? 1 : good / (good + bad) };
    }
  }
  return best!;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 without a BOM shows as ASCII letters alternating with NUL bytes. */
function guessUtf16WithoutBom(bytes: Uint8Array): EncodingName | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}
