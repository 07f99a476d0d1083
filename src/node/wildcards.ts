import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';

/**
 * `cnscd validate *.xlsx` on Windows: cmd.exe and PowerShell hand a program its wildcards as they were typed, and
 * each program expands them itself, by the Windows rule: `*` and `?` in the last part of the path only, any case,
 * every other character standing for itself (a folder named `Báo cáo (2023)` is no pattern). A POSIX shell has
 * expanded them already; a pattern that reaches the tool there matched nothing, or was quoted, and is expanded the same
 * way. Excel's lock files (`~$…`) and hidden files are left out, as they are when a folder is given.
 *
 * The matches, sorted as a folder's files are; null when `input` has no wildcard in its last part.
 */
export async function expandWildcards(input: string, platform: NodeJS.Platform = process.platform): Promise<string[] | null> {
  const parts = wildcardParts(input, platform);
  if (!parts) return null;
  const { folder, pattern } = parts;
  let entries: Dirent[];
  try {
    entries = await readdir(folder || '.', { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$') && pattern.test(e.name.normalize('NFC')))
    .map((e) => folder + e.name)
    .sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * The folder part of `input` (as typed, with its separator; empty for the current folder) and its last part as a test
 * of names: `*` any characters, `?` one; null when the last part has neither.
 */
export function wildcardParts(input: string, platform: NodeJS.Platform = process.platform): { folder: string; pattern: RegExp } | null {
  const cut = Math.max(input.lastIndexOf('/'), platform === 'win32' ? input.lastIndexOf('\\') : -1);
  const name = input.slice(cut + 1);
  if (!/[*?]/.test(name)) return null;
  const parts = name
    .normalize('NFC')
    .split(/([*?])/)
    .map((p) => (p === '*' ? '.*' : p === '?' ? '.' : p.replace(/[.+^${}()|[\]\\]/g, '\\$&')));
  return { folder: input.slice(0, cut + 1), pattern: new RegExp(`^${parts.join('')}$`, 'iu') };
}
