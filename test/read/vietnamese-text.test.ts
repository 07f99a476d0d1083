import { describe, expect, it } from 'vitest';
import { decodeAs, decodeText, encodeAs, encodingByName, ENCODINGS } from '../../src/read/encoding/decode.js';
import { isSyllable, scoreVietnamese } from '../../src/read/encoding/syllables.js';
import { decodeVniText, encodeVniText } from '../../src/read/encoding/vni.js';

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every vowel letter Vietnamese writes, each tone, lower and upper case: 144 letters. */
const ALL_VOWELS = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).flatMap((l) => [l, l.toUpperCase()]);

describe('VNI, byte by byte as the VNI-Windows fonts define it', () => {
  it.each([
    // Marks after a vowel: tone, circumflex, breve, and both.
    ['aù', 'á'],
    ['aø', 'à'],
    ['aû', 'ả'],
    ['aõ', 'ã'],
    ['aï', 'ạ'],
    ['aâ', 'â'],
    ['aá', 'ấ'],
    ['aà', 'ầ'],
    ['aå', 'ẩ'],
    ['aã', 'ẫ'],
    ['aä', 'ậ'],
    ['aê', 'ă'],
    ['aé', 'ắ'],
    ['aè', 'ằ'],
    ['aú', 'ẳ'],
    ['aü', 'ẵ'],
    ['aë', 'ặ'],
    ['eâ', 'ê'],
    ['eá', 'ế'],
    ['oâ', 'ô'],
    ['oà', 'ồ'],
    // Letters of one byte.
    ['ñ', 'đ'],
    ['Ñ', 'Đ'],
    ['ö', 'ư'],
    ['Ö', 'Ư'],
    ['ô', 'ơ'],
    ['Ô', 'Ơ'],
    ['í', 'í'],
    ['ì', 'ì'],
    ['æ', 'ỉ'],
    ['ó', 'ĩ'],
    ['ò', 'ị'],
    ['î', 'ỵ'],
    // ư and ơ take tones after them; capitals keep their case.
    ['öù', 'ứ'],
    ['ôø', 'ờ'],
    ['ÖÙ', 'Ứ'],
    ['AÙ', 'Á'],
    ['AÂ', 'Â'],
    ['AÊ', 'Ă'],
  ])('%s → %s', (bytes, text) => {
    expect(decodeVniText(bytes)).toBe(text);
  });

  it('leaves a mark byte that cannot go on the letter before it as it is', () => {
    // No circumflex on i, no breve on e, no second tone, nothing on a consonant or at the start.
    expect(decodeVniText('iâ')).toBe('iâ');
    expect(decodeVniText('eê')).toBe('eê');
    expect(decodeVniText('aùù')).toBe('áù');
    expect(decodeVniText('aââ')).toBe('ââ');
    expect(decodeVniText('bù')).toBe('bù');
    expect(decodeVniText('ù')).toBe('ù');
    expect(decodeVniText('uê')).toBe('uê');
    expect(decodeVniText('öâ')).toBe('ưâ');
    expect(decodeVniText('aùê')).toBe('áê');
  });

  it('writes and reads back every vowel with every tone, in both cases, and đ', () => {
    const text = [...ALL_VOWELS, 'đ', 'Đ'].join(' ');
    const vni = encodeVniText(text);
    expect(vni).toMatch(/^[\x20-\xff]*$/);
    expect(decodeVniText(vni)).toBe(text);
    expect(encodeVniText('Thành phố Hải Dương')).toBe('Thaønh phoá Haûi Döông');
    expect(encodeVniText('Trường ĐỊNH Kỳ Ỵ ị ỉ')).toBe('Tröôøng ÑÒNH Kyø Î ò æ');
    expect(encodeVniText('bcd 123')).toBe('bcd 123');
  });
});

describe('every encoding, every Vietnamese letter', () => {
  it.each(ENCODINGS)('%s round-trips all 134 vowels and đ', (encoding) => {
    const text = `Đơn vị ${ALL_VOWELS.join('')} đĐ`;
    expect(decodeAs(encodeAs(text, encoding, encoding.startsWith('utf-16')), encoding)).toBe(text);
  });

  it('finds each legacy encoding of a line of a real form', () => {
    const line = 'Số lượng tài khoản dịch vụ công trực tuyến được hướng dẫn và tạo thành công; Huyện Thanh Miện; Thị xã Kinh Môn';
    for (const e of ['windows-1258', 'tcvn3', 'vni'] as const)
      expect(decodeText(encodeAs(line, e)), e).toMatchObject({ encoding: e, text: line, detected: true });
  });
});

describe('the names people give --encoding', () => {
  it.each([
    ['utf-8', ['utf8', 'UTF-8', 'utf-8-bom', 'UTF_8']],
    ['utf-16le', ['utf16le', 'UTF-16LE', 'utf-16', 'Unicode']],
    ['utf-16be', ['utf16be', 'UTF-16BE']],
    ['windows-1258', ['windows-1258', 'Windows1258', 'cp1258', '1258', ' CP1258 ']],
    ['tcvn3', ['tcvn3', 'TCVN', 'ABC', 'tcvn-3', 'TCVN_3']],
    ['vni', ['vni', 'VNI-Windows', 'vni_windows']],
  ])('%s: %j', (encoding, names) => {
    for (const name of names) expect(encodingByName(name), name).toBe(encoding);
  });

  it('knows no other', () => {
    for (const name of ['latin1', 'utf-32', 'vni windows', 'tcvn5712', '']) expect(encodingByName(name), name).toBeUndefined();
  });
});

describe('what reads as a Vietnamese syllable', () => {
  it('every onset, vowel group and ending the language writes', () => {
    const words = [
      // onsets
      'nghĩa',
      'người',
      'nhân',
      'chính',
      'ghế',
      'giàng',
      'khác',
      'phố',
      'quyền',
      'thành',
      'trường',
      'bình',
      'cẩm',
      'dương',
      'đơn',
      'gà',
      'hải',
      'kỳ',
      'lộc',
      'miện',
      'nam',
      'pin',
      'rươi',
      'sách',
      'tứ',
      'vị',
      'xã',
      // vowel groups
      'khuyến',
      'khuya',
      'tiền',
      'kìa',
      'yên',
      'mưa',
      'muốn',
      'mua',
      'hoà',
      'hoặc',
      'khoẻ',
      'xuân',
      'huế',
      'thuở',
      'thuỷ',
      'hai',
      'bao',
      'sau',
      'tay',
      'đâu',
      'dây',
      'kéo',
      'nêu',
      'dịu',
      'nói',
      'tôi',
      'mới',
      'vui',
      'ngửi',
      'hưu',
      'à',
      'ăn',
      'ân',
      'é',
      'ế',
      'ì',
      'ò',
      'ông',
      'ở',
      'ủ',
      'ừ',
      'ý',
      // endings
      'sách',
      'bình',
      'giàng',
      'các',
      'cẩm',
      'dân',
      'pháp',
      'tốt',
      'gì',
      'gìn',
      'giữ',
      'giếng',
      // capitals
      'TỨ',
      'KỲ',
      'Đồng',
    ];
    for (const w of words) expect(isSyllable(w), w).toBe(true);
  });

  it('not: two tones, letters out of place, bytes of a legacy encoding read wrongly', () => {
    for (const w of ['bàá', 'á\u0300', 'xgìn', 'ănx', 'zăn', 'xnhà', 'nhànhà', 'ưă', 'đ', 'ngưươi', 'nh©n', 'viÖt', 'Tröôøng', 'H¶i', 'Dư¬ng', 'gìx'])
      expect(isSyllable(w), w).toBe(false);
  });

  it('scores a text by its words with letters beyond ASCII, split at spaces, punctuation and digits', () => {
    expect(scoreVietnamese('Số người dân: 1.234 (Tứ Kỳ)')).toEqual({ good: 5, bad: 0 });
    // TCVN3 bytes read as Latin-1: “Sè” and “dÉn” happen to spell syllables (sè, dén), the other four do not.
    expect(scoreVietnamese('Sè ng­êi d©n ®­îc h­íng dÉn')).toEqual({ good: 2, bad: 4 });
    expect(scoreVietnamese('abc, 123; plain ASCII only')).toEqual({ good: 0, bad: 0 });
    expect(scoreVietnamese('nhà/cửa|đường\\phố-xá–lộ"in"\'ra\'!?')).toEqual({ good: 6, bad: 0 });
  });
});

describe('telling the encoding of a text file', () => {
  const LINE = 'Đơn vị: Thành phố Chí Linh\r\nSố người dân được hướng dẫn;50.644\r\n';

  it('UTF-16 without a mark, little- or big-endian, mostly Vietnamese letters or plain ASCII', () => {
    const dense = 'Đường Ủy Ưu Ấp Ổ Ỷ Ễ Ặ Ợ Ữ Ỡ Ỵ Ự Ừ Ử ';
    for (const text of [LINE, dense.repeat(4), 'STT;Nội dung\r\n1;Số buổi\r\n', 'ab', 'a']) {
      const le = encodeAs(text, 'utf-16le');
      const be = encodeAs(text, 'utf-16be');
      if (text === 'a') {
        // One character is too few to tell: a NUL byte in so short a file makes it binary.
        expect(() => decodeText(le)).toThrow();
        continue;
      }
      expect(decodeText(le), text).toMatchObject({ encoding: 'utf-16le', text, detected: true });
      expect(decodeText(be), text).toMatchObject({ encoding: 'utf-16be', text, detected: true });
    }
  });

  it('a file with NUL bytes that is not UTF-16 text is refused as binary, as is a BOM-less UTF-16 file of odd bytes', () => {
    const zipLike = Buffer.concat([
      Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'),
      Buffer.alloc(40, 0x41),
      Buffer.from([0, 0x41, 0x41, 0, 0x42, 0x42]),
    ]);
    expect(() => decodeText(zipLike)).toThrow(expect.objectContaining({ code: 'file-wrong-type' }));
    // NUL at every byte: neither order.
    expect(() => decodeText(Buffer.alloc(64))).toThrow(expect.objectContaining({ code: 'file-wrong-type' }));
    // A NUL far into a large file is still found (the first 64 KiB are looked at).
    const late = Buffer.concat([Buffer.from('a'.repeat(60_000)), Buffer.from([0]), Buffer.from('b'.repeat(10))]);
    expect(() => decodeText(late)).toThrow(expect.objectContaining({ code: 'file-wrong-type' }));
    // From 64 KiB on it is not looked for: the text reads as UTF-8.
    for (const at of [65_536, 70_000]) expect(decodeText(Buffer.concat([Buffer.from('a'.repeat(at)), Buffer.from([0])])).encoding, String(at)).toBe('utf-8');
    expect(() => decodeText(Buffer.concat([Buffer.from('a'.repeat(65_535)), Buffer.from([0])]))).toThrow(expect.objectContaining({ code: 'file-wrong-type' }));
  });

  it('a mark decides before anything else, and is not part of the text', () => {
    // Every letter toned and no space: hardly a NUL byte, so only the mark tells UTF-16 (and its order) apart.
    const toned = 'ỞỦỬỮỰỪỨỲỴỶỸẤẦẨẪẬ';
    expect(decodeText(encodeAs(toned, 'utf-16le', true))).toEqual({ text: toned, encoding: 'utf-16le', detected: true });
    expect(decodeText(encodeAs(toned, 'utf-16be', true))).toEqual({ text: toned, encoding: 'utf-16be', detected: true });
    expect(decodeText(encodeAs(toned, 'utf-8', true))).toEqual({ text: toned, encoding: 'utf-8', detected: true });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Xã')]))).toEqual({ text: 'Xã', encoding: 'utf-8', detected: true });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x58, 0x00]))).toEqual({ text: 'X', encoding: 'utf-16le', detected: true });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x58]))).toEqual({ text: 'X', encoding: 'utf-16be', detected: true });
    // A forced encoding is not detected, and keeps a mark of another out of the text only if it is its own.
    expect(decodeText(Buffer.from('Xã'), 'utf-8')).toEqual({ text: 'Xã', encoding: 'utf-8', detected: false });
  });

  it('a legacy text says how sure the guess is: every word a syllable, or a share', () => {
    const sure = decodeText(encodeAs(LINE, 'tcvn3'));
    expect(sure).toMatchObject({ encoding: 'tcvn3', text: LINE, confidence: 1 });
    // Latin-1 bytes that spell no Vietnamese in any legacy encoding: the best of three, with a low share.
    const odd = decodeText(Buffer.from('Ãåæ çèé êëì íîï ðñò', 'latin1'));
    expect(odd.detected).toBe(true);
    expect(odd.confidence).toBeLessThan(0.8);
    // A byte above ASCII that forms no word (a no-break space) counts as sure: nothing spoke against the choice, and on a tie the
    // first of Windows-1258, TCVN3 and VNI is taken.
    expect(decodeText(Buffer.from([0x31, 0xa0, 0x32]))).toMatchObject({ encoding: 'windows-1258', confidence: 1 });
    // One word, read as a syllable every way (À): the same tie, the same choice.
    expect(decodeText(Buffer.from([0x31, 0xc0, 0x32]))).toMatchObject({ encoding: 'windows-1258', confidence: 1 });
  });
});
