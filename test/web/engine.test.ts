// The web page's engine (issue 27, first part): the stages bundled for the browser (dist/web/cnscd-engine.mjs, made by
// `npm run build`), run in a process that has no `Buffer` of Node's, give `cnscd validate --json`'s answer to the byte
// for files of every kind the command reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const ENGINE = join(ROOT, 'dist', 'web', 'cnscd-engine.mjs');
const FILES = [
  'fixtures/hai-duong-2023/nam-sach.xlsx',
  'fixtures/hai-duong-2023/Tu Ky.xlsx',
  'fixtures/hai-duong-2023/kim-thanh-tcvn3.csv',
  'fixtures/hai-duong-2023/binh-giang-vni.csv',
  'fixtures/hai-duong-2023/gia-loc-1258.csv',
  'fixtures/hai-duong-2023/chi-linh.txt',
  'fixtures/hai-duong-phu-luc-2023.xlsx',
  'fixtures/word/tu-ky-6-thang-2023.docx',
  'fixtures/word/kinh-mon-tcvn3.docx',
  'fixtures/legacy/tu-ky.xls',
  'fixtures/legacy/nam-sach.ods',
  'fixtures/legacy/tu-ky-trang-web.xls',
];

describe('the web page’s engine', () => {
  it('is one module, built with the tool', () => {
    expect(statSync(ENGINE).size).toBeGreaterThan(100_000);
    expect(readFileSync(ENGINE, 'utf8')).not.toMatch(/from\s*["']node:|require\(["'](fs|path|zlib|worker_threads)["']\)/);
  });

  it('gives, with no Buffer of Node’s, the findings and figures `cnscd validate --json` gives, file by file', () => {
    const script = join(tempDir('cnscd-engine-'), 'run.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';\n` +
        `const files = ${JSON.stringify(FILES)}.map((f) => [f, new Uint8Array(readFileSync(f))]);\n` +
        // What a page has: no Buffer, no process-wide Node helpers the stages could lean on unseen.
        `delete globalThis.Buffer;\n` +
        `const { validateBytes, validationJsonText, BUILT_IN_SCHEMA } = await import(${JSON.stringify(ENGINE)});\n` +
        `const results = [];\n` +
        `for (const [name, bytes] of files) results.push(await validateBytes(name, bytes, BUILT_IN_SCHEMA, 'vi'));\n` +
        `process.stdout.write(validationJsonText(results, 'vi'));\n`,
    );
    const engine = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(engine.stderr).toBe('');
    const cli = cnscd(['validate', ...FILES, '--json']);
    expect(JSON.parse(engine.stdout)).toEqual(JSON.parse(cli.stdout));
    expect(engine.stdout).toBe(cli.stdout);
  });
});
