import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionOf, fileName, relativePath, relativeTo } from '../../src/model/relative-path.js';

// The stages split paths without Node's `path` (they run in a web page too); these hold them to Node's own answers on
// the paths the edge gives them, on Linux and on Windows.
const POSIX = [
  '/data/bao-cao/Tu Ky.xlsx',
  '/data/bao-cao/a.b.csv',
  'bao-cao/.hidden',
  'x',
  '/data/bao-cao/',
  'tong-hop',
  '/a/b/c.tar.gz',
  'noext.',
  '/data/bc/Tứ Kỳ (bản sao).xlsx',
];
const WINDOWS = ['C:\\Users\\Lan\\bao-cao\\Tu Ky.xlsx', 'D:\\bc\\gia-loc.csv', 'bao-cao\\kinh-mon.xlsx', '\\\\may-chu\\chung\\bc.xlsx', 'C:\\data/x.csv'];

describe('paths without node:path', () => {
  it('names a file and its extension as Node does', () => {
    for (const p of POSIX) {
      expect(fileName(p), p).toBe(posix.basename(p));
      expect(extensionOf(p), p).toBe(posix.extname(p));
    }
    for (const p of WINDOWS) {
      expect(fileName(p), p).toBe(win32.basename(p));
      expect(extensionOf(p), p).toBe(win32.extname(p));
    }
  });

  it('gives one path relative to another as Node does, with / between the parts', () => {
    const pairs: [string, string][] = [
      ['/data/bc', '/data/bc/huyen/a.xlsx'],
      ['/data/bc', '/data/bc'],
      ['/data/bc', '/data/khac/a.csv'],
      ['/data/bc/', '/data/bc/a.csv'],
      ['/', '/a/b.csv'],
    ];
    for (const [a, b] of pairs) expect(relativePath(a, b), `${a} → ${b}`).toBe(posix.relative(a, b));
    const win: [string, string][] = [
      ['C:\\data\\bc', 'C:\\data\\bc\\huyen\\a.xlsx'],
      ['C:\\Data\\BC', 'c:\\data\\bc\\a.xlsx'],
      ['C:\\data\\bc', 'C:\\data\\khac\\a.csv'],
    ];
    for (const [a, b] of win) expect(relativePath(a, b), `${a} → ${b}`).toBe(win32.relative(a, b).split('\\').join('/'));
  });

  it('names the folder itself as asked', () => {
    const rel = relativeTo('/data/bc', '.');
    expect(rel('/data/bc')).toBe('.');
    expect(rel('/data/bc/x/y.csv')).toBe('x/y.csv');
  });
});
