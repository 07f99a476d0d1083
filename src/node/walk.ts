import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Skipped } from '../model/aggregate.js';
import { scanEntries, type Candidate, type FolderLister } from '../aggregate/scan.js';

export type { Candidate } from '../aggregate/scan.js';

/** A folder on disk as the scan sees it: a link to a file is the file; a link that leads nowhere goes to the reader, which says the file is not there. */
const DISK: FolderLister = {
  async list(dir) {
    const entries = await readdir(dir, { withFileTypes: true });
    return Promise.all(
      entries.map(async (entry) => {
        const path = join(dir, entry.name);
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await stat(path).catch(() => null);
          isDirectory = !!target?.isDirectory();
          isFile = !target || target.isFile();
        }
        return { name: entry.name, path, isDirectory, isFile, isLink: entry.isSymbolicLink() };
      }),
    );
  },
  text: (path) => readFile(path, 'utf8'),
};

/** A folder on disk split into submissions to read and entries skipped, each with why (aggregate/scan.ts). */
export function scanFolder(
  dir: string,
  recursive = false,
  settings: ReadonlySet<string> = new Set(),
): Promise<{ candidates: Candidate[]; skipped: Skipped[] }> {
  return scanEntries(DISK, dir, recursive, settings);
}
