import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';

/**
 * What a path given on the command line names: a folder, a folder that cannot be listed (no permission to read or
 * enter it), a file (anything else that is there), or nothing.
 */
export async function pathKind(path: string): Promise<'folder' | 'closed-folder' | 'file' | 'missing'> {
  try {
    if (!(await stat(path)).isDirectory()) return 'file';
  } catch {
    return 'missing';
  }
  try {
    await access(path, constants.R_OK | constants.X_OK);
    return 'folder';
  } catch {
    return 'closed-folder';
  }
}
