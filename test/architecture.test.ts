// The house as the imports show it (README "Layout"): the ground floor (`model/`) that everything may use, the
// stages `read → interpret → check → aggregate → render` importing only downward, Node's own modules only at the edge
// (`node/`), the orchestration (`app/`) and the command line (`cli/`) on top, and no cycle anywhere. Read from the
// code itself, so a change that breaks the plan fails here, naming the file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** The floors, lowest first: a folder may import its own files and those of the floors below it, nothing above. */
const FLOORS = ['model', 'i18n', 'read', 'schema', 'interpret', 'check', 'settings', 'aggregate', 'render', 'web', 'node', 'app', 'cli', 'build'] as const;
/** The floors that run anywhere, a web page included: no `node:` module, no file system, thread or process. */
const ANYWHERE = new Set(['model', 'i18n', 'read', 'schema', 'interpret', 'check', 'settings', 'aggregate', 'render', 'web']);

interface Import {
  from: string;
  to: string;
  line: number;
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
    });
}

const rel = (path: string) => relative(SRC, path).split('\\').join('/');
const floorOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '(top)');

/** Every import of every file (static, dynamic, `import type`, `typeof import(…)`), as the compiler reads them. */
function allImports(): { files: string[]; imports: Import[]; packages: Import[] } {
  const files = sourceFiles().map(rel);
  const imports: Import[] = [];
  const packages: Import[] = [];
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8');
    const info = ts.preProcessFile(text, true, true);
    for (const ref of info.importedFiles) {
      const line = text.slice(0, ref.pos).split('\n').length;
      if (ref.fileName.startsWith('.')) {
        const to = rel(resolve(dirname(join(SRC, file)), ref.fileName)).replace(/\.js$/, '.ts');
        imports.push({ from: file, to, line });
      } else packages.push({ from: file, to: ref.fileName, line });
    }
  }
  return { files, imports, packages };
}

/** Every cycle among `nodes` (one per strongly connected component of more than one node, or a node on itself). */
function cycles(nodes: string[], edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!indexOf.has(v)) visit(v);
  return found;
}

describe('the import graph', () => {
  const { files, imports, packages } = allImports();

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(imports.length).toBeGreaterThan(200);
  });

  it('has every file in a floor', () => {
    const lost = files.filter((f) => !(FLOORS as readonly string[]).includes(floorOf(f)));
    expect(lost, 'files outside the floors of README "Layout"').toEqual([]);
  });

  it('imports only downward: a floor uses its own files and the floors below', () => {
    const upward = imports
      .filter((i) => FLOORS.indexOf(floorOf(i.to) as never) > FLOORS.indexOf(floorOf(i.from) as never))
      .map((i) => `src/${i.from}:${i.line} imports src/${i.to} (${floorOf(i.to)} is above ${floorOf(i.from)})`);
    expect(upward).toEqual([]);
  });

  it('keeps Node to the edge: no stage imports a node: module', () => {
    const node = packages.filter(
      (p) =>
        ANYWHERE.has(floorOf(p.from)) &&
        (p.to.startsWith('node:') || ['fs', 'path', 'os', 'zlib', 'crypto', 'worker_threads', 'child_process', 'module', 'url', 'buffer'].includes(p.to)),
    );
    expect(node.map((p) => `src/${p.from}:${p.line} imports ${p.to}`)).toEqual([]);
  });

  it('keeps the process to the edge: no stage reads its environment, arguments or streams', () => {
    const touching = files
      .filter((f) => ANYWHERE.has(floorOf(f)))
      .flatMap((f) =>
        readFileSync(join(SRC, f), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /\bprocess\.(env|argv|stdout|stderr|stdin|exit|on|cwd|platform|pid)\b/.test(line.replace(/\/\/.*$|^\s*\*.*$/, '')) ? [`src/${f}:${i + 1}`] : [],
          ),
      );
    expect(touching).toEqual([]);
  });

  it('has no cycle between files', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of imports) (edges.get(i.from) ?? edges.set(i.from, new Set()).get(i.from)!).add(i.to);
    expect(cycles(files, edges).map((c) => c.map((f) => `src/${f}`).join(' ⇄ '))).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of imports)
      if (floorOf(i.from) !== floorOf(i.to)) (edges.get(floorOf(i.from)) ?? edges.set(floorOf(i.from), new Set()).get(floorOf(i.from))!).add(floorOf(i.to));
    expect(cycles([...FLOORS], edges).map((c) => c.join(' ⇄ '))).toEqual([]);
  });

  it('finds what it looks for (a planted upward import and cycle are caught)', () => {
    const planted = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(['a', 'b', 'c', 'd'], planted)).toEqual([['a', 'b', 'c']]);
    expect(FLOORS.indexOf('render') > FLOORS.indexOf('read')).toBe(true);
  });
});
