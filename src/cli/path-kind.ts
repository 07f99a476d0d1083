import { stat } from 'node:fs/promises';

/** What a path given on the command line names: a folder, a file (anything else that is there), or nothing. */
export async function pathKind(path: string): Promise<'folder' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
