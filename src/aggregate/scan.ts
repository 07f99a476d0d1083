// Which entries of a submissions folder are submissions to read, and why the others are not: the same decisions
// whoever lists the folder — the file system (`node/walk.ts`) or a folder a web page was given (`web/`).
import type { Skipped } from '../model/aggregate.js';
import { byCodePoint } from '../model/order.js';
import { extensionOf } from '../model/relative-path.js';
import { NARRATIVE_FILE_NAMES } from '../settings/narrative.js';
import { CONFIG_FILE_NAME } from '../settings/report-config.js';

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'icon\r']);
const DOCUMENTS = new Set(['.doc', '.pdf', '.odt', '.rtf', '.ppt', '.pptx', '.png', '.jpg', '.jpeg', '.zip', '.rar', '.7z']);
/** Files that are, or claim to be, spreadsheets or Word reports: read and checked; those that cannot be read are named. */
const SPREADSHEETS = new Set(['.xlsx', '.xlsm', '.csv', '.tsv', '.txt', '.xls', '.ods', '.docx']);

export interface Candidate {
  path: string;
}

/** One entry of a folder as its lister sees it (a link already followed to what it leads to). */
export interface FolderEntry {
  name: string;
  /** Its whole path, as the lister joins it. */
  path: string;
  isDirectory: boolean;
  isFile: boolean;
  isLink: boolean;
}

/** What a scan needs of a folder: its entries, and a file's text (to know an earlier run's tong-hop.json). */
export interface FolderLister {
  list(dir: string): Promise<FolderEntry[]>;
  /** A file's text; rejects when it cannot be read. */
  text(path: string): Promise<string>;
}

/**
 * Split a folder into files to read as submissions and entries that are not submissions (each with why). With
 * `recursive`, the files of its sub-folders too, folder by folder in name order (hidden folders are left out, and a
 * link to a folder is not followed, so no folder is read twice); without, each sub-folder is named as skipped. A link
 * to a file is the file.
 */
export async function scanEntries(
  lister: FolderLister,
  dir: string,
  recursive = false,
  /** Settings files in the folder under other names (the clerk's text the config names): not submissions. */
  settings: ReadonlySet<string> = new Set(),
): Promise<{ candidates: Candidate[]; skipped: Skipped[] }> {
  const found = { candidates: [] as Candidate[], skipped: [] as Skipped[] };
  await scanInto(lister, dir, recursive, settings, found);
  return found;
}

async function scanInto(
  lister: FolderLister,
  dir: string,
  recursive: boolean,
  settings: ReadonlySet<string>,
  { candidates, skipped }: { candidates: Candidate[]; skipped: Skipped[] },
): Promise<void> {
  const entries = (await lister.list(dir)).sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const { path, isDirectory } = entry;
    const lower = entry.name.toLowerCase();
    const ext = extensionOf(lower);
    if (isDirectory && entry.name.startsWith('.')) skipped.push({ path, reason: 'hidden' });
    else if (isDirectory && entry.isLink) skipped.push({ path, reason: 'folder-link' });
    else if (isDirectory && recursive) {
      // A sub-folder that cannot be listed (no permission; a name that is not UTF-8) goes to the reader as it is,
      // which says why it cannot be read; it fails before anything of it is listed.
      try {
        await scanInto(lister, path, true, settings, { candidates, skipped });
      } catch {
        candidates.push({ path });
      }
    } else if (isDirectory) skipped.push({ path, reason: 'folder' });
    else if (SYSTEM_FILES.has(lower)) skipped.push({ path, reason: 'system-file' });
    else if (entry.name.startsWith('~$') || lower.startsWith('.~lock.')) skipped.push({ path, reason: 'lock-file' });
    else if (entry.name.startsWith('.')) skipped.push({ path, reason: 'hidden' });
    else if (DOCUMENTS.has(ext)) skipped.push({ path, reason: 'document' });
    else if (lower === CONFIG_FILE_NAME || NARRATIVE_FILE_NAMES.includes(lower) || settings.has(path)) skipped.push({ path, reason: 'settings' });
    else if (ext === '.json') skipped.push({ path, reason: (await isAggregateJson(lister, path)) ? 'earlier-output' : 'not-a-submission' });
    else if (!entry.isFile || !SPREADSHEETS.has(ext)) skipped.push({ path, reason: 'not-a-submission' });
    else candidates.push({ path });
  }
}

/** tong-hop.json of an earlier run: known by its content. */
async function isAggregateJson(lister: FolderLister, path: string): Promise<boolean> {
  try {
    const data = JSON.parse(await lister.text(path)) as Record<string, unknown>;
    return data.generator === 'cnscd' && 'totals' in data && 'files' in data;
  } catch {
    return false;
  }
}
