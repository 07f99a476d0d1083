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
  return { [LAZY]: true, length: items.length, item: (i) => map(items[i]!, i) };
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
      for (let i = 0; i < value.length; i++) {
        push(`${i > 0 ? ',' : ''}\n${inner}`);
        const item = value.item(i);
        yield* write(item === undefined || typeof item === 'function' ? null : item, inner, depth + 1);
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
