import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToPdf, PdfTimeout, pdfTimeoutMs } from '../../src/node/pdf.js';
import { CLI_TEXT } from '../../src/i18n/cli-text.js';
import { DISTRICTS } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** A stand-in for LibreOffice that behaves as `soffice --convert-to pdf --outdir DIR FILE` does (or fails). */
function fakeSoffice(fail = false): string {
  const path = join(tempDir(), 'soffice');
  writeFileSync(
    path,
    fail
      ? '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n'
      : '#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done\nout="$2"; src="$3"\nmkdir -p "$out"\nname=$(basename "$src" .docx)\nprintf "%%PDF-1.4 from %s\\n" "$src" > "$out/$name.pdf"\n',
  );
  chmodSync(path, 0o755);
  return path;
}

describe('cnscd aggregate --pdf', () => {
  it('converts the report with LibreOffice, next to the .docx', () => {
    const out = tempDir();
    const r = cnscd(['aggregate', DISTRICTS, '--out', out, '--pdf'], { CNSCD_SOFFICE: fakeSoffice() });
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'bao-cao.pdf'), 'utf8')).toBe(`%PDF-1.4 from ${join(out, 'bao-cao.docx')}\n`);
    expect(r.stdout).toContain('bao-cao.pdf');
  });

  it('says how to get LibreOffice when it is missing, and still writes the Word report', () => {
    const out = tempDir();
    const r = cnscd(['aggregate', DISTRICTS, '--out', out, '--pdf'], { CNSCD_SOFFICE: join(tempDir(), 'khong-co') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('chưa cài LibreOffice');
    expect(r.stderr).toContain('sudo apt install libreoffice-writer');
    expect(existsSync(join(out, 'bao-cao.docx'))).toBe(true);
    expect(existsSync(join(out, 'bao-cao.pdf'))).toBe(false);
  });

  it('reports LibreOffice failing in its own words, leaving no PDF', () => {
    const out = tempDir();
    const r = cnscd(['aggregate', DISTRICTS, '--out', out, '--pdf', '--lang', 'en'], { CNSCD_SOFFICE: fakeSoffice(true) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('LibreOffice failed (Error: source file could not be loaded)');
    expect(existsSync(join(out, 'bao-cao.pdf'))).toBe(false);
  });

  it('stops a LibreOffice that runs past its time, says so in words, and leaves no PDF', async () => {
    const slow = join(tempDir(), 'soffice');
    writeFileSync(slow, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(slow, 0o755);
    const dir = tempDir();
    const docx = join(dir, 'bao-cao.docx');
    writeFileSync(docx, 'docx');
    const started = Date.now();
    const error = await convertToPdf(slow, docx, 1500).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(error).toBeInstanceOf(PdfTimeout);
    expect((error as PdfTimeout).seconds).toBe(2);
    expect(existsSync(join(dir, 'bao-cao.pdf'))).toBe(false);
    expect(CLI_TEXT.vi.aggregate.pdfTimedOut(300)).toMatch(
      /^Chưa ghi được bao-cao\.pdf: LibreOffice chưa xong sau 300 giây nên đã dừng\. Báo cáo Word vẫn đã được ghi/,
    );
    // The time allowed grows with the report: a province's two minutes or so, the country's 3,321 communes more than
    // five (LibreOffice took 75 s for them here).
    expect(pdfTimeoutMs(12)).toBeLessThan(3 * 60_000);
    expect(pdfTimeoutMs(3321)).toBeGreaterThan(5 * 60_000);
  });
});
