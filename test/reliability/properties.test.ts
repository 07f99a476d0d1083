import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { formatCount } from '../../src/i18n/format.js';
import { parseCount } from '../../src/interpret/number.js';
import { FINDING_CODES } from '../../src/model/finding.js';
import { decodeText, encodeAs, type EncodingName } from '../../src/read/encoding/decode.js';
import { readBook } from '../../src/node/read-file.js';
import { ReadError } from '../../src/read/index.js';
import { loadSchema } from '../../src/node/load-schema.js';
import { ROOT } from '../support/cli.js';
import { tempDir, validate, writeBytes } from '../support/files.js';

// Properties over the readers, the number parser and the label matcher. Runs are seeded by fast-check and printed on
// failure, so a counterexample can be replayed.
const RUNS = { numRuns: 60 };
const EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt', '.xls', '.ods', '.docx'];
const dir = tempDir('cnscd-prop-');
let counter = 0;
const file = (ext: string, bytes: Uint8Array | string) => writeBytes(`f${counter++}${ext}`, bytes, dir);

/** Whatever the bytes, a file is read into a book or refused with a ReadError, and checking it never throws. */
async function survives(path: string): Promise<void> {
  try {
    await readBook(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
  }
  const r = await validate(path);
  for (const f of r.findings) {
    expect(FINDING_CODES).toContain(f.code);
    expect(messageOf(f, 'vi').length).toBeGreaterThan(10);
    expect(messageOf(f, 'en').length).toBeGreaterThan(10);
    // A finding inside the file says where; only file-level findings go without a place.
    if (
      !f.code.startsWith('file-') &&
      !['indicators-absent', 'no-table', 'unit-missing', 'period-missing', 'encoding-uncertain'].includes(f.code) &&
      !f.code.startsWith('rule-')
    ) {
      expect(f.location, f.code).toBeDefined();
    }
  }
}

describe('readers under random input', () => {
  it('random bytes under any submission name: read or refused, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 4096 }), async (ext, bytes) => {
        await survives(file(ext, bytes));
      }),
      RUNS,
    );
  });

  // A workbook, and the other programs' files (a Word report, an .xls, an .ods), truncated or with flipped bits.
  for (const [name, ext] of [
    ['tu-ky-6-thang-2023.xlsx', '.xlsx'],
    ['word/tu-ky-6-thang-2023.docx', '.docx'],
    ['legacy/tu-ky.xls', '.xls'],
    ['legacy/tu-ky.ods', '.ods'],
  ] as const) {
    it(`a real ${ext} truncated or with flipped bits: read or called damaged, never a crash`, async () => {
      const original = readFileSync(join(ROOT, 'fixtures', name));
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: original.length }),
          fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 7 })), { maxLength: 8 }),
          async (cut, flips) => {
            const bytes = Buffer.from(original.subarray(0, Math.max(cut, 1)));
            for (const [at, bit] of flips) if (at < bytes.length) bytes[at]! ^= 1 << bit;
            await survives(file(ext, bytes));
          },
        ),
        RUNS,
      );
    });
  }

  it('CSVs with odd quoting, delimiters and line endings: every finding has a line', async () => {
    const piece = fc.constantFrom(
      '"',
      '""',
      ';',
      ',',
      '\t',
      '\r\n',
      '\n',
      '\r',
      'Số liệu',
      'Nội dung',
      'Đơn vị',
      '1.234',
      '-5',
      '12,5',
      'Xã Đông',
      ' ',
      '\u0000',
      '=1+1',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 80 }), async (parts) => {
        await survives(file('.csv', parts.join('')));
      }),
      RUNS,
    );
  });
});

describe('encodings', () => {
  const LOWER = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
  const text = (letters: string) =>
    fc.array(fc.stringMatching(new RegExp(`^[${letters}]{1,7}$`)), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));

  for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'vni'] as EncodingName[]) {
    it(`any Vietnamese text survives ${enc} and back`, () => {
      fc.assert(
        fc.property(text(`${LOWER + LOWER.toUpperCase()}0-9.,;`), (t) => {
          expect(decodeText(encodeAs(t, enc, enc.startsWith('utf-16')), enc).text).toBe(t.normalize('NFC'));
        }),
        RUNS,
      );
    });
  }

  it('any lower-case Vietnamese text survives TCVN3 and back (the ABC fonts have no marked capitals)', () => {
    fc.assert(
      fc.property(text(LOWER), (t) => {
        expect(decodeText(encodeAs(t, 'tcvn3'), 'tcvn3').text).toBe(t.normalize('NFC'));
      }),
      RUNS,
    );
  });
});

describe('numbers', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => void parseCount(s)),
      { numRuns: 500 },
    );
  });

  it('reads back every count written the Vietnamese way, the English way, plain, or with spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (n) => {
        for (const written of [formatCount(n, 'vi'), formatCount(n, 'en'), String(n), formatCount(n, 'vi').replace(/\./g, ' ')]) {
          expect(parseCount(written), written).toMatchObject({ kind: 'integer', value: n });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('labels', () => {
  it('match their indicator however they are cased, spaced, punctuated, decomposed or tone-placed', async () => {
    const { matcher, schema } = await loadSchema();
    const swapTone = (s: string) => s.replace(/hòa/g, 'hoà').replace(/thủy/g, 'thuỷ').replace(/ủy/g, 'uỷ');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...schema.indicators),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.constantFrom('', ' ', '  ', ':', '.', ' *'),
        fc.boolean(),
        async (ind, caps, tail, nfd) => {
          let label = [...ind.label].map((ch, i) => (caps[i % caps.length] ? ch.toLocaleUpperCase('vi') : ch.toLocaleLowerCase('vi'))).join('');
          label = swapTone(label).replace(/ /g, () => (caps[0] ? '  ' : ' ')) + tail;
          if (nfd) label = label.normalize('NFD');
          expect(matcher.indicatorByLabel(label), label).toBe(ind.code);
        },
      ),
      { numRuns: 200 },
    );
  });
});
