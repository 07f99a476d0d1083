/**
 * A JSON document as UTF-8 bytes, the same text as `JSON.stringify(doc, null, 2)` followed by a line break, built
 * piece by piece: the document of a national roll-up runs to tens of megabytes, which as one string (two bytes a
 * character once a single Vietnamese letter is in it) and one object tree would more than double the memory the run
 * needs. The pieces (about a megabyte each) are yielded as they are made, to be written out before the next is made;
 * large arrays may be given as `lazyArray(items, map)`, each item mapped only as it is written.
 */

import { Pieces } from './pieces.js';

const LAZY = Symbol('lazy array');

export interface LazyArray {
  readonly [LAZY]: true;
  readonly length: number;
  item(index: number): unknown;
}

export function lazyArray<T, U>(items: readonly T[], map: (item: T, index: number) => U): LazyArray {
  const item = (i: number) => map(items[i]!, i);
  // Where it stands inside a part stringified whole, JSON.stringify asks it for the array.
  return { [LAZY]: true, length: items.length, item, toJSON: () => items.map((_, i) => item(i)) } as LazyArray;
}

/** Items of a large array stringified together. */
const CHUNK = 256;

/**
 * `items` as JSON.stringify(…, null, 2) writes them as members of an array `depth` levels deep: `,` and a line break
 * between them, each indented by `depth` steps. JSON.stringify does the indenting itself when the items are put
 * inside `depth` arrays, whose brackets are then cut off — rather than indenting each item's text again.
 */
function indentedItems(items: unknown[], depth: number): string {
  let wrapped: unknown = items;
  for (let i = 1; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each level i (0 ≤ i < depth) opens with "[" and a line break and closes with a line break and "]", indented i
  // steps: 2i + 2 characters either side, depth·(depth + 1) in all; the first item's own indent is cut too.
  const brackets = depth * (depth + 1);
  return text.slice(brackets + 2 * depth, text.length - brackets);
}

const isLazy = (v: unknown): v is LazyArray => typeof v === 'object' && v !== null && LAZY in v;

export function* jsonBytes(doc: unknown): Generator<Buffer> {
  const out = new Pieces();
  const push = (s: string) => out.push(s);

  function* write(value: unknown, indent: string, depth: number): Generator<Buffer> {
    if (isLazy(value)) {
      if (value.length === 0) return push('[]');
      const inner = `${indent}  `;
      push('[');
      for (let from = 0; from < value.length; from += CHUNK) {
        const chunk: unknown[] = [];
        for (let i = from; i < Math.min(from + CHUNK, value.length); i++) chunk.push(value.item(i));
        push(`${from > 0 ? ',' : ''}\n${inner}`);
        push(indentedItems(chunk, inner.length / 2));
        yield* out.take();
      }
      push(`\n${indent}]`);
      return;
    }
    // Small values, and anything below the top levels: JSON.stringify itself, indented to where it stands.
    if (depth >= 2 || value === null || typeof value !== 'object' || ('toJSON' in value && typeof value.toJSON === 'function')) {
      const text = JSON.stringify(value, null, 2);
      push(indent ? text.replace(/\n/g, `\n${indent}`) : text);
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return push('[]');
      push('[');
      for (const [i, item] of value.entries()) {
        push(`${i > 0 ? ',' : ''}\n${inner}`);
        yield* write(item === undefined || typeof item === 'function' ? null : item, inner, depth + 1);
        yield* out.take();
      }
      push(`\n${indent}]`);
      return;
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) return push('{}');
    push('{');
    for (const [i, [key, v]] of entries.entries()) {
      push(`${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
      yield* write(v, inner, depth + 1);
      yield* out.take();
    }
    push(`\n${indent}}`);
  }

  yield* write(doc, '', 0);
  push('\n');
  yield* out.buffers();
}
