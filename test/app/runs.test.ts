import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateRun } from '../../src/app/aggregate.js';
import { FORMATS, outputFormat } from '../../src/app/formats.js';
import { OUTPUTS } from '../../src/render/outputs.js';
import { UsageError } from '../../src/app/usage-error.js';
import { validateExitCode, validateRun } from '../../src/app/validate.js';
import { CLI_TEXT } from '../../src/i18n/cli-text.js';
import { OUTPUT_NAMES } from '../../src/model/aggregate.js';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

// The commands' work, called in this process as the command line calls it: the same files, to the byte, as the
// built command writes; the outputs and formats as the lists they are.
const t = CLI_TEXT.vi;

describe('aggregateRun', () => {
  it('writes the same three files, to the byte, as `cnscd aggregate` does, and says which', async () => {
    const here = tempDir();
    const run = await aggregateRun(DISTRICTS, { roster: ROSTER, out: here, lang: 'vi' }, t);
    expect(run.written.map((p) => basename(p))).toEqual(Object.values(OUTPUT_NAMES));
    expect(run.aggregate.units).toHaveLength(12);
    expect(run.errors).toBe(0);
    const there = tempDir();
    const cli = cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', there]);
    expect(cli.code).toBe(0);
    for (const name of Object.values(OUTPUT_NAMES)) expect(readFileSync(join(here, name)).equals(readFileSync(join(there, name))), name).toBe(true);
  });

  it('writes nothing with --strict while errors stand, and throws UsageError for a folder that is not there', async () => {
    const out = tempDir();
    const run = await aggregateRun(DISTRICTS, { out, strict: true, lang: 'vi' }, t);
    expect(run.written).toEqual([]);
    await expect(aggregateRun(join(ROOT, 'khong-co'), { out, lang: 'vi' }, t)).rejects.toThrow(UsageError);
  });
});

describe('validateRun', () => {
  it('checks every file of a folder, in the one walker’s order, and gives the exit code the command returns', async () => {
    const results = await validateRun([DISTRICTS], { lang: 'vi' }, t);
    const names = results.map((r) => basename(r.path));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).not.toContain('cnscd.config.json');
    expect(validateExitCode(results)).toBe(cnscd(['validate', DISTRICTS]).code);
  });
});

describe('the lists', () => {
  it('has an output for every name the run lists, each once', () => {
    expect(OUTPUTS.map((o) => o.name).sort()).toEqual(Object.values(OUTPUT_NAMES).sort());
  });

  it('has the three formats, and a fourth name is refused in the user’s words', () => {
    expect(Object.keys(FORMATS)).toEqual(['text', 'json', 'github']);
    expect(outputFormat({ json: true }, t)).toBe('json');
    expect(outputFormat({}, t)).toBe('text');
    expect(() => outputFormat({ format: 'xml' }, t)).toThrow(t.badFormat('xml'));
  });
});
