/**
 * Text typed in a Vietnamese font of the 1990s (TCVN3/ABC: `.VnTime`, `.VnTimeH`, `.VnArial`…; VNI: `VNI-Times`…),
 * as a Word document stores it: each byte the keyboard driver put out, shown as the character Windows' ANSI code page
 * gives that byte ("UBND THÞ X· KINH M¤N"). Decoded by the run's font with the tables the CSV decoders use; a TCVN3
 * font whose name ends in H is the capitals' face (its lower-case codes are drawn as capitals), so its text is
 * upper-cased. Text that is not such bytes (a character beyond the code page: Unicode typed in an old font's name) is
 * left as it is.
 */
import iconv from 'iconv-lite';
import { decodeVniText } from './vni.js';

export type LegacyFont = { encoding: 'tcvn3' | 'vni'; capitals: boolean };

/** What a font's name says of its text: TCVN3, VNI, or (null) Unicode. */
export function legacyFont(name: string | undefined): LegacyFont | null {
  if (!name) return null;
  const n = name.trim();
  if (/^\.Vn/i.test(n)) return { encoding: 'tcvn3', capitals: /H$/.test(n) };
  if (/^VNI[-\s]/i.test(n)) return { encoding: 'vni', capitals: false };
  return null;
}

/** A run's text decoded by its font. */
export function decodeLegacyRun(text: string, font: LegacyFont): string {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // A symbol font's byte as Word may store it, in the private-use range.
    if (code >= 0xf020 && code <= 0xf0ff) {
      bytes.push(code - 0xf000);
      continue;
    }
    const b = code < 0x80 ? code : iconv.encode(ch, 'windows1252')[0]!;
    // Not a character of the code page (iconv gives "?"): the text is already Unicode.
    if (code >= 0x80 && b === 0x3f) return text;
    bytes.push(b);
  }
  const buf = Buffer.from(bytes);
  const decoded = font.encoding === 'tcvn3' ? iconv.decode(buf, 'tcvn') : decodeVniText(iconv.decode(buf, 'windows1252'));
  const nfc = decoded.normalize('NFC');
  return font.capitals ? nfc.toLocaleUpperCase('vi') : nfc;
}
