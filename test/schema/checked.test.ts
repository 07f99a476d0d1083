import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedFile } from '../../src/node/templates.js';
import { loadJsonSettings } from '../../src/node/json-file.js';
import { reportConfigSchema } from '../../src/settings/report-config-schema.js';
import { DEFAULT_WORDING } from '../../src/node/load-settings.js';
import { wordingSchema } from '../../src/settings/wording-schema.js';
import { copyDistricts, ROSTER } from '../support/aggregate.js';
import { cnscd, cnscdTraced, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/**
 * The build checks the built-in report wording and works out the report settings' defaults with zod, so that an
 * aggregate without settings files of its own does not load zod (~50 ms of every run). What it kept must be what zod
 * gives from the sources now, and zod must still check whatever a clerk hands over.
 */
describe('settings checked at build time', () => {
  const built = JSON.parse(readFileSync(join(ROOT, 'dist', 'templates-checked.json'), 'utf8')) as CheckedFile;

  it('keeps the same wording and defaults zod gives', async () => {
    expect(built.defaults['cnscd.config.json']).toStrictEqual(reportConfigSchema.parse({}));
    expect(built.templates['bao-cao/bao-cao.json']?.data).toStrictEqual(await loadJsonSettings(DEFAULT_WORDING, wordingSchema, 'vi'));
  });

  /** The modules a run of the built CLI loads. */
  function loaded(args: string[]): string {
    const r = cnscdTraced(args);
    expect(r.stderr).not.toMatch(/Error|at /);
    return r.loaded;
  }

  it('an aggregate with no settings of its own does not load zod; a config file, a roster or an option is checked with it', () => {
    const dir = copyDistricts();
    // The fixture folder has its own cnscd.config.json: without it, the defaults.
    rmSync(join(dir, 'cnscd.config.json'));
    expect(loaded(['aggregate', dir, '--out', tempDir()])).not.toContain('/node_modules/zod/');
    expect(loaded(['aggregate', dir, '--out', tempDir(), '--roster', ROSTER])).toContain('/node_modules/zod/');
    expect(loaded(['aggregate', dir, '--out', tempDir(), '--place', 'Hải Dương'])).toContain('/node_modules/zod/');
    const withConfig = join(tempDir(), 'xa');
    cpSync(dir, withConfig, { recursive: true });
    writeFileSync(join(withConfig, 'cnscd.config.json'), JSON.stringify({ coQuan: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' }));
    expect(loaded(['aggregate', withConfig, '--out', tempDir()])).toContain('/node_modules/zod/');
    // And a bad setting is still refused, with where and what.
    writeFileSync(join(withConfig, 'cnscd.config.json'), JSON.stringify({ ngay: '31/02/2025' }));
    const bad = cnscd(['aggregate', withConfig, '--out', tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cnscd.config.json');
    expect(bad.stderr).toContain('ngay');
  });
});
