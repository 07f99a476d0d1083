// The web page's engine (issue 27, first part): the stages bundled for the browser (dist/web/cnscd-engine.mjs, made by
// `npm run build`), run in a process that has no `Buffer` of Node's, give `cnscd validate --json`'s answer to the byte
// for files of every kind the command reads.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { reportsAmong } from '../../src/web/aggregate.js';
import { describe, expect, it } from 'vitest';
import { cnscd, ROOT } from '../support/cli.js';
import { EVERY_KIND, tempDir } from '../support/files.js';

const ENGINE = join(ROOT, 'dist', 'web', 'cnscd-engine.mjs');

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
        `const files = ${JSON.stringify(EVERY_KIND)}.map((f) => [f, new Uint8Array(readFileSync(f))]);\n` +
        // What a page has: no Buffer, no process-wide Node helpers the stages could lean on unseen.
        `delete globalThis.Buffer;\n` +
        `const { validateBytes, validationJsonText, BUILT_IN_SCHEMA } = await import(${JSON.stringify(ENGINE)});\n` +
        `const results = [];\n` +
        `for (const [name, bytes] of files) results.push(await validateBytes(name, bytes, BUILT_IN_SCHEMA, 'vi'));\n` +
        `process.stdout.write(validationJsonText(results, 'vi'));\n`,
    );
    const engine = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(engine.stderr).toBe('');
    const cli = cnscd(['validate', ...EVERY_KIND, '--json']);
    expect(JSON.parse(engine.stdout)).toEqual(JSON.parse(cli.stdout));
    expect(engine.stdout).toBe(cli.stdout);
  });

  it('takes of a dropped folder the files `cnscd validate --recursive` takes, and a file given alone whatever it is', async () => {
    const dir = tempDir('cnscd-web-folder-');
    cpSync(join(ROOT, 'fixtures/hai-duong-2023'), join(dir, 'bao-cao'), { recursive: true });
    mkdirSync(join(dir, 'bao-cao', 'xa'));
    copyFileSync(join(ROOT, 'fixtures/tu-ky-6-thang-2023.csv'), join(dir, 'bao-cao', 'xa', 'tu-ky.csv'));
    for (const name of ['~$tu-ky.xlsx', 'cong-van.pdf', '.an.xlsx']) writeFileSync(join(dir, 'bao-cao', 'xa', name), 'x');
    writeFileSync(join(dir, 'ghi-chu.pdf'), 'x');
    const inFolder = (readdirSync(join(dir, 'bao-cao'), { recursive: true }) as string[])
      .filter((p) => statSync(join(dir, 'bao-cao', p)).isFile())
      .map((p) => `bao-cao/${p.split(sep).join('/')}`);
    const given = [...inFolder, 'ghi-chu.pdf'].map((path) => ({ path, bytes: async () => new Uint8Array(readFileSync(join(dir, path))) }));
    const taken = (await reportsAmong(given)).map((f) => f.path);
    const cli = JSON.parse(cnscd(['validate', 'bao-cao', '--recursive', '--json'], {}, [], dir).stdout) as { files: { path: string }[] };
    expect(taken.filter((p) => p.startsWith('bao-cao/')).sort()).toEqual(cli.files.map((f) => f.path).sort());
    expect(taken).toContain('ghi-chu.pdf');
    expect(taken).toContain('bao-cao/xa/tu-ky.csv');
  });
});
