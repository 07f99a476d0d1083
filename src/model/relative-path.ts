import { relative } from 'node:path';

/**
 * Paths as the outputs write them: relative to the submissions folder `dir`, with `/` on every system, and
 * `folderItself` for `dir` itself. Each path is worked out once: every value and finding names its file, thousands of
 * times over for a national roll-up.
 */
export function relativeTo(dir: string, folderItself = ''): (path: string) => string {
  const known = new Map<string, string>();
  return (path) => {
    let r = known.get(path);
    if (r === undefined) known.set(path, (r = relative(dir, path).split('\\').join('/') || folderItself));
    return r;
  };
}
