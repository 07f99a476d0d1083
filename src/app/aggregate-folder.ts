import { resolve } from 'node:path';
import { aggregateChecked, type AggregateOptions } from '../aggregate/index.js';
import type { Aggregate } from '../model/aggregate.js';
import { checkFiles } from '../node/pool.js';
import { mark } from '../node/timings.js';
import { scanFolder } from '../node/walk.js';
import type { ReadOptions } from '../read/index.js';

export interface FolderOptions extends AggregateOptions {
  read?: ReadOptions;
  /** Read the submissions in sub-folders too (`--recursive`). */
  recursive?: boolean;
  /** Settings files that may sit among the submissions under any name (the clerk's text): not read as submissions. */
  settingsFiles?: ReadonlySet<string>;
  /** Called as each file is read (for a progress line). */
  progress?: (done: number, total: number) => void;
}

/** `cnscd aggregate`: every submission in a folder, read and checked (on threads when there are many), added up. */
export async function aggregateFolder(dir: string, options: FolderOptions): Promise<Aggregate> {
  const whole = resolve(dir);
  const { candidates, skipped } = await scanFolder(whole, !!options.recursive, options.settingsFiles);
  const total = candidates.length;
  options.progress?.(0, total);
  const checked = await checkFiles(
    candidates.map((c) => c.path),
    options.schema.schema,
    options.schema.matcher,
    { ...(options.read ? { read: options.read } : {}), strict: !!options.strict, lean: true },
    (done) => options.progress?.(done, total),
  );
  mark(`${total} files read and checked`);
  return aggregateChecked(whole, checked, skipped, options);
}
