import { describe, expect, it } from 'vitest';
import { decodeAs, decodeText, encodeAs, encodingByName, ENCODINGS } from '../../src/read/encoding/decode.js';
import { decodeVniText } from '../../src/read/encoding/vni.js';
import { isSyllable } from '../../src/read/encoding/syllables.js';

const SAMPLE =
  'Đơn vị: Thành phố Hải Dương; Thanh Miện, Cẩm Giàng, Tứ Kỳ, Gia Lộc, Nam Sách, Chí Linh, Bình Giang, Kim Thành, Thanh Hà, Kinh Môn, Ninh Giang. Số người dân được hướng dẫn; tài khoản dịch vụ công trực tuyến; Uỷ ban nhân dân; Hoà; thuỷ.';

describe('legacy encodings, decoded from bytes written by hand', () => {
  it('reads TCVN3 (ABC) as seed 002 shows it', () => {
    // The bytes of seed 002's header, as they print when read as Latin-1.
    const bytes = Buffer.from('Uû ban nh©n d©n X· nam chÝnh', 'latin1');
    expect(decodeAs(bytes, 'tcvn3')).toBe('Uỷ ban nhân dân Xã nam chính');
  });

  it('reads VNI: base letters followed by mark bytes', () => {
    // From docs/domain.md: `Tröôøng` is `Trường`; `a` + `ù` = á, `a` + `â` = â, `a` + `á` = ấ; ñ = đ; ò = ị.
    expect(decodeVniText('Tröôøng')).toBe('Trường');
    expect(decodeVniText('aù aâ aá ñoù Ñoàng chò')).toBe('á â ấ đó Đồng chị');
    expect(decodeVniText('Thaønh phoá Haûi Döông')).toBe('Thành phố Hải Dương');
    expect(decodeVniText('TÖÙ KYØ')).toBe('TỨ KỲ');
  });

  it('reads Windows-1258: precomposed ê plus a combining tone byte, normalised to NFC', () => {
    // 0xEA = ê, 0xF2 = combining dot below: "Việt"
    const text = decodeAs(Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74]), 'windows-1258');
    expect(text).toBe('Việt');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('round-trips Vietnamese text through every encoding', () => {
    for (const e of ENCODINGS) {
      const bytes = encodeAs(SAMPLE, e, e.startsWith('utf-16'));
      expect(decodeAs(bytes, e), e).toBe(SAMPLE);
    }
  });
});

describe('encoding detection', () => {
  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('finds %s by how Vietnamese the text reads', (e) => {
    const d = decodeText(encodeAs(SAMPLE, e));
    expect(d.encoding).toBe(e);
    expect(d.text).toBe(SAMPLE);
  });

  it('finds UTF-8 with and without BOM, and UTF-16 by its BOM', () => {
    expect(decodeText(encodeAs(SAMPLE, 'utf-8', true))).toMatchObject({ encoding: 'utf-8', text: SAMPLE });
    expect(decodeText(encodeAs(SAMPLE, 'utf-8', false))).toMatchObject({ encoding: 'utf-8', text: SAMPLE });
    expect(decodeText(encodeAs(SAMPLE, 'utf-16le', true))).toMatchObject({ encoding: 'utf-16le', text: SAMPLE });
    expect(decodeText(encodeAs(SAMPLE, 'utf-16be', true))).toMatchObject({ encoding: 'utf-16be', text: SAMPLE });
  });

  it('turns NFD text (as Macs write it) into NFC', () => {
    const nfd = SAMPLE.normalize('NFD');
    expect(nfd).not.toBe(SAMPLE);
    expect(decodeText(Buffer.from(nfd, 'utf8')).text).toBe(SAMPLE);
  });

  it('obeys a forced encoding', () => {
    const bytes = encodeAs(SAMPLE, 'vni');
    expect(decodeText(bytes, 'vni').detected).toBe(false);
    expect(decodeText(bytes, 'windows-1258').text).not.toBe(SAMPLE);
  });

  it('knows the names people use for encodings', () => {
    expect(encodingByName('UTF8')).toBe('utf-8');
    expect(encodingByName('cp1258')).toBe('windows-1258');
    expect(encodingByName('ABC')).toBe('tcvn3');
    expect(encodingByName('VNI-Windows')).toBe('vni');
    expect(encodingByName('latin9')).toBeUndefined();
  });

  it('scores syllables', () => {
    for (const w of ['người', 'nghĩa', 'khuyến', 'quyền', 'gì', 'Trường', 'hoà', 'thủy']) expect(isSyllable(w), w).toBe(true);
    for (const w of ['nh©n', 'viÖt', 'Tröôøng', 'ngưươi']) expect(isSyllable(w), w).toBe(false);
  });
});
