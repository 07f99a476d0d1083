// Paths as names, worked out without Node (the stages run in a web page too): a file's name, its extension, one path
// relative to another. The paths the stages see come from the edge already whole (`node/`: resolved, joined by the
// system), so these only split them. A path is split at `\` as well as `/` when it is written as Windows writes it
// (a drive letter, a `\\server` share, or no `/` in it at all).

const windowsLike = (path: string): boolean => /^[A-Za-z]:[\\/]|^\\\\/.test(path) || (path.includes('\\') && !path.includes('/'));
const separators = (path: string): RegExp => (windowsLike(path) ? /[\\/]+/ : /\/+/);

/** The last part of a path (its name), as `path.basename` gives it. */
export function fileName(path: string): string {
  const parts = path.split(separators(path));
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts[parts.length - 1] ?? '';
}

/** The extension of a path's name, dot included (`.xlsx`), or '' — as `path.extname` gives it. */
export function extensionOf(path: string): string {
  const name = fileName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 || (dot === name.length - 1 && name === '..') ? '' : name.slice(dot);
}

/** `to` relative to `from`, both whole paths of one system, with `/` between the parts; '' for the same path. */
export function relativePath(from: string, to: string): string {
  // The usual case, a file in the folder or below it, as the edge joined it: the rest of the path as it stands.
  if (
    from.length > 1 &&
    to.length > from.length + 1 &&
    to.startsWith(from) &&
    to.charCodeAt(from.length) === 47 &&
    from.charCodeAt(from.length - 1) !== 47 &&
    !from.includes('\\')
  ) {
    const rest = to.slice(from.length + 1);
    if (!rest.includes('\\') && !rest.includes('//') && !rest.includes('/.') && rest.charCodeAt(0) !== 46 && !rest.endsWith('/')) return rest;
  }
  const windows = windowsLike(from) || windowsLike(to);
  const split = (p: string) => p.split(windows ? /[\\/]+/ : /\/+/).filter((s) => s !== '' && s !== '.');
  const a = split(from);
  const b = split(to);
  const same = (x: string, y: string) => (windows ? x.toLowerCase() === y.toLowerCase() : x === y);
  let i = 0;
  while (i < a.length && i < b.length && same(a[i]!, b[i]!)) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/**
 * Paths as the outputs write them: relative to the submissions folder `dir`, with `/` on every system, and
 * `folderItself` for `dir` itself. Each path is worked out once: every value and finding names its file, thousands of
 * times over for a national roll-up.
 */
export function relativeTo(dir: string, folderItself = ''): (path: string) => string {
  const known = new Map<string, string>();
  return (path) => {
    let r = known.get(path);
    if (r === undefined) known.set(path, (r = relativePath(dir, path) || folderItself));
    return r;
  };
}
