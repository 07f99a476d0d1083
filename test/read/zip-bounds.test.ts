import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_PARTS, WANTED_PARTS } from '../../src/read/xlsx.js';
import { unzipBounded, unzipPlain, unzipWithFflate, type Unzipped } from '../../src/read/zip-bounds.js';
import { readZipDirectory } from '../../src/read/zip-directory.js';
import { fixtureWorkbooks, writeWorkbook } from '../support/files.js';

/** The parts the workbook reader asks for, and of those the ones it asks to be remembered (a template's). */
const WANTED = (name: string) => WANTED_PARTS.test(name);
const SHARED = (name: string) => TEMPLATE_PARTS.test(name);
const LIMIT = 200 * 1024 * 1024;

/** An Unzipped as plain data, its parts as bytes in their order, to compare two readings. */
function plainly(u: Unzipped | null) {
  return u && { size: u.size, names: u.names, complete: u.complete, files: [...u.files].map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]) };
}

/** The same parts through fflate's streaming writer: sizes after the data (data descriptors), as streaming writers do. */
function streamed(files: Record<string, string>, stored: string[] = []): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const f = stored.includes(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** Write `value` into the central directory record of the entry `name`, at `offset` within the record. */
function patchDirectory(zip: Uint8Array, name: string, offset: number, value: number, bytes: 2 | 4 = 4): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  let end = out.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const length = view.getUint16(at + 28, true);
    if (Buffer.from(out.subarray(at + 46, at + 46 + length)).toString('latin1') === name) {
      if (bytes === 4) view.setUint32(at + offset, value, true);
      else view.setUint16(at + offset, value, true);
      return out;
    }
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
const PARTS = {
  '[Content_Types].xml': '<Types/>',
  'xl/workbook.xml': '<workbook><sheets><sheet name="Số liệu" r:id="rId1"/></sheets></workbook>',
  'xl/worksheets/sheet1.xml': SHEET.repeat(3),
  'xl/sharedStrings.xml': '<sst/>',
  'xl/empty.xml': '',
};

describe('the zip reader: Node’s zlib for plain zips, fflate for the rest, the same result either way', () => {
  it('reads every fixture workbook and the workbooks exceljs writes by the plain path, as fflate reads them', async () => {
    const made = await writeWorkbook('exceljs.xlsx', (wb) => {
      const ws = wb.addWorksheet('Số liệu');
      ws.addRows([
        ['STT', 'Nội dung', 'Số liệu'],
        [1, 'Số buổi tập huấn', 522],
      ]);
      ws.getCell('C2').numFmt = '#,##0';
    });
    for (const path of [...fixtureWorkbooks(), made]) {
      const bytes = readFileSync(path);
      const plain = unzipPlain(bytes, LIMIT, WANTED);
      expect(plain, path).not.toBeNull();
      expect(plainly(plain), path).toEqual(plainly(unzipWithFflate(bytes, LIMIT, WANTED)));
      expect(plain!.files.size, path).toBeGreaterThan(1);
    }
  });

  it('reads zips written at every level, stored, streamed with data descriptors, with a comment, empty parts and UTF-8 names', () => {
    const names = { ...PARTS, 'xl/media/ảnh đẹp.txt': 'tên tiếng Việt' };
    const zips = [
      ...[0, 1, 6, 9].map((level) => zipSync(Object.fromEntries(Object.entries(names).map(([n, t]) => [n, strToU8(t)])), { level: level as 0 | 1 | 6 | 9 })),
      streamed(names),
      streamed(names, ['xl/worksheets/sheet1.xml']),
      zipSync(Object.fromEntries(Object.entries(names).map(([n, t]) => [n, strToU8(t)])), { comment: 'ghi chú của tệp' }),
    ];
    for (const [i, zip] of zips.entries()) {
      const plain = unzipPlain(zip, LIMIT, () => true);
      expect(plain, `zip ${i}`).not.toBeNull();
      expect(plainly(plain), `zip ${i}`).toEqual(plainly(unzipWithFflate(zip, LIMIT, () => true)));
      expect(plain!.names, `zip ${i}`).toContain('xl/media/ảnh đẹp.txt');
      expect(Buffer.from(plain!.files.get('xl/worksheets/sheet1.xml')!).toString(), `zip ${i}`).toBe(SHEET.repeat(3));
    }
  });

  it('refuses by the declared sizes before inflating anything, as fflate does', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(SHEET) });
    const limit = SHEET.length; // the two together declare more
    expect(plainly(unzipPlain(zip, limit, WANTED))).toEqual(plainly(unzipWithFflate(zip, limit, WANTED)));
    expect(unzipBounded(zip, limit, WANTED)).toMatchObject({ size: null, names: ['xl/workbook.xml', 'xl/worksheets/sheet1.xml'], complete: true });
    expect(unzipBounded(zip, limit, WANTED).files.size).toBe(0);
  });

  it('leaves to fflate a part that inflates to more or less than it declares, an encrypted entry, an unknown method, a lying directory', () => {
    const zip = zipSync(Object.fromEntries(Object.entries(PARTS).map(([n, t]) => [n, strToU8(t)])));
    const odd = {
      'declares less (a bomb that lies)': patchDirectory(zip, 'xl/worksheets/sheet1.xml', 24, 100),
      'declares more': patchDirectory(zip, 'xl/worksheets/sheet1.xml', 24, SHEET.length * 3 + 1),
      encrypted: patchDirectory(zip, 'xl/workbook.xml', 8, 1, 2),
      'unknown method': patchDirectory(zip, 'xl/workbook.xml', 10, 12, 2),
      'local header elsewhere': patchDirectory(zip, 'xl/workbook.xml', 42, 7),
    };
    for (const [what, bytes] of Object.entries(odd)) {
      expect(unzipPlain(bytes, LIMIT, WANTED), what).toBeNull();
      expect(plainly(unzipBounded(bytes, LIMIT, WANTED)), what).toEqual(plainly(unzipWithFflate(bytes, LIMIT, WANTED)));
    }
    // The lying bomb gets no more than it declared: its sheet comes out cut short (then read as damaged).
    expect(unzipBounded(odd['declares less (a bomb that lies)'], LIMIT, WANTED).files.get('xl/worksheets/sheet1.xml')!.length).toBeLessThanOrEqual(100);
    // And the directory reader itself says no to bytes without an end record.
    expect(readZipDirectory(strToU8('PK not a zip'))).toBeNull();
    expect(readZipDirectory(new Uint8Array(0))).toBeNull();
  });

  it('gives what fflate gives on damaged workbooks: cut short, bits flipped, bytes overwritten', async () => {
    const bytes = readFileSync(fixtureWorkbooks()[0]!);
    let plainTaken = 0;
    await fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ kind: fc.constant('cut' as const), at: fc.integer({ min: 0, max: bytes.length - 1 }) }),
          fc.record({ kind: fc.constant('flip' as const), at: fc.integer({ min: 0, max: bytes.length - 1 }), bit: fc.integer({ min: 0, max: 7 }) }),
          fc.record({ kind: fc.constant('write' as const), at: fc.integer({ min: 0, max: bytes.length - 4 }), value: fc.integer({ min: 0, max: 0xffffffff }) }),
        ),
        (damage) => {
          const b = Uint8Array.from(bytes);
          let damaged: Uint8Array = b;
          if (damage.kind === 'cut') damaged = b.subarray(0, damage.at);
          else if (damage.kind === 'flip') b[damage.at]! ^= 1 << damage.bit;
          else new DataView(b.buffer).setUint32(damage.at, damage.value, true);
          if (unzipPlain(damaged, LIMIT, WANTED)) plainTaken++;
          expect(plainly(unzipBounded(damaged, LIMIT, WANTED))).toEqual(plainly(unzipWithFflate(damaged, LIMIT, WANTED)));
          // A template's parts remembered from the undamaged file are given again only for the very same bytes.
          unzipBounded(bytes, LIMIT, WANTED, SHARED);
          expect(plainly(unzipBounded(damaged, LIMIT, WANTED, SHARED))).toEqual(plainly(unzipWithFflate(damaged, LIMIT, WANTED)));
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    );
    // Damage inside a part's data or an ignored field leaves the zip plain: the comparison covered both paths.
    expect(plainTaken).toBeGreaterThan(100);
  });

  it('gives a template’s part inflated once to every zip holding the same compressed bytes, and its own to any other', () => {
    // Deflated without compression (stored blocks), texts of one length give compressed parts of one length: only
    // their bytes tell them apart.
    const zipOf = (workbook: string) => {
      const chunks: Uint8Array[] = [];
      const zip = new Zip((err, chunk) => {
        if (err) throw err;
        chunks.push(chunk);
      });
      for (const [name, text] of Object.entries({ 'xl/workbook.xml': workbook, 'xl/worksheets/sheet1.xml': SHEET })) {
        const f = new ZipDeflate(name, { level: 0 });
        zip.add(f);
        f.push(strToU8(text), true);
      }
      zip.end();
      return Buffer.concat(chunks);
    };
    const texts = Array.from(
      { length: 12 },
      (_, i) => `<workbook><sheets><sheet name="Sheet ${String.fromCharCode(65 + i)}" r:id="rId1"/></sheets></workbook>`,
    );
    const zips = texts.map(zipOf);
    const workbookOf = (zip: Uint8Array) => unzipBounded(zip, LIMIT, WANTED, SHARED).files.get('xl/workbook.xml')!;
    const first = workbookOf(zips[0]!);
    const second = workbookOf(zips[1]!);
    expect(readZipDirectory(zips[0]!)![0]!.compressedSize).toBe(readZipDirectory(zips[1]!)![0]!.compressedSize);
    expect(strFromU8(second)).toBe(texts[1]);
    expect(workbookOf(zipOf(texts[0]!))).toBe(first); // the same bytes again: the same part, not inflated again
    expect(strFromU8(first)).toBe(texts[0]);
    // Sheets are never shared; nor is anything read without `shared`.
    expect(unzipBounded(zips[0]!, LIMIT, WANTED, SHARED).files.get('xl/worksheets/sheet1.xml')).not.toBe(
      unzipBounded(zips[0]!, LIMIT, WANTED, SHARED).files.get('xl/worksheets/sheet1.xml'),
    );
    expect(unzipBounded(zips[0]!, LIMIT, WANTED).files.get('xl/workbook.xml')).not.toBe(first);
    // More templates than are remembered, and back: each zip still gets its own part, right to the byte.
    for (const round of [1, 2]) for (const [i, zip] of zips.entries()) expect(strFromU8(workbookOf(zip)), `round ${round}, zip ${i}`).toBe(texts[i]);
  });
});
