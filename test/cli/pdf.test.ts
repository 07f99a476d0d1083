import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
