import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../app/usage-error.js';
import type { CliText } from '../i18n/cli-text.js';
import type { Lang } from '../model/lang.js';

interface WebOptions {
  out?: string;
  force?: boolean;
  lang: Lang;
}

export const DEFAULT_PAGE_NAME = 'cnscd.html';

/** `cnscd web`: write the web page the build made (dist/web/cnscd.html), the same bytes, for a clerk to pass on. */
export async function runWeb(opts: WebOptions, t: CliText): Promise<number> {
  const out = resolve(opts.out ?? DEFAULT_PAGE_NAME);
  if (!/\.html?$/i.test(out)) throw new UsageError(t.web.notHtml(opts.out ?? ''));
  if (!opts.force && existsSync(out)) throw new UsageError(t.web.exists(opts.out ?? DEFAULT_PAGE_NAME));
  let page: Buffer;
  try {
    page = readFileSync(new URL('../web/cnscd.html', import.meta.url));
  } catch {
    throw new UsageError(t.web.missing);
  }
  const { writeOutputs } = await import('../node/write-outputs.js');
  try {
    await writeOutputs(dirname(out), [{ name: basename(out), bytes: page }]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new UsageError(t.writeFailed(out, code));
  }
  const size = (page.length / 1_000_000).toFixed(1);
  const mb = `${opts.lang === 'vi' ? size.replace('.', ',') : size} MB`;
  process.stdout.write(`${t.web.written(opts.out ?? DEFAULT_PAGE_NAME, mb)}\n`);
  return 0;
}
