import { distance } from '../model/fold.js';

/**
 * The names closest to a name that is not in a roster, for "did you mean …?". A report of a name the roster does not
 * know is compared with the roster's names; a country's roster holds ten thousand, and a folder of reports checked
 * against the wrong roster (last year's, before communes merged) has thousands of such names. So the names are
 * indexed by their pairs of letters, and only those sharing enough pairs with the name are measured. A name within
 * `k` edits of another of length at most `m` shares at least `m − 1 − 2k` of its pairs, counted with repeats
 * (Ukkonen's q-gram lemma, for q = 2): each edit spoils at most two pairs. When that bound is below one, every name
 * is measured, as before.
 */
export class NearestNames<T> {
  /** For each pair of letters, the names holding it: each name's number and how many times. */
  private readonly postings = new Map<string, number[]>();
  private readonly keys: string[] = [];
  private readonly owners: number[] = [];

  /** `entries`: each item with the keys it is known by, in the order ties are to be listed. */
  constructor(private readonly entries: readonly { item: T; keys: readonly string[] }[]) {
    entries.forEach(({ keys }, owner) => {
      for (const key of keys) {
        const at = this.keys.length;
        this.keys.push(key);
        this.owners.push(owner);
        for (const [pair, count] of pairs(key)) {
          const list = this.postings.get(pair);
          if (list) list.push(at, count);
          else this.postings.set(pair, [at, count]);
        }
      }
    });
  }

  /**
   * The items with a key closest to `key`, at most `near` edits away, in their given order; none when nothing is that
   * close.
   */
  closest(key: string, near: number): T[] {
    const wanted = this.candidates(key, near);
    let best = near;
    let found = new Set<number>();
    for (const { at, shared } of wanted) {
      // Keys that share the most pairs come first, so a close one is found early; once one is found at some distance,
      // a key sharing too few pairs to be as close is passed over, and the rest are measured only that far.
      if (shared !== undefined && shared < Math.max(key.length, this.keys[at]!.length) - 1 - 2 * best) continue;
      const d = distance(key, this.keys[at]!, best);
      if (d > best) continue;
      if (d < best) {
        best = d;
        found = new Set();
      }
      found.add(this.owners[at]!);
    }
    return [...found].sort((a, b) => a - b).map((owner) => this.entries[owner]!.item);
  }

  /** How many pairs each key shares with the one asked about: one count a key, kept between calls (all zero). */
  private shared: Int32Array | undefined;

  /**
   * The keys that may be within `near` edits of `key`, with the pairs each shares, most first; every key (shared
   * unknown) when the bound says nothing.
   */
  private candidates(key: string, near: number): { at: number; shared?: number }[] {
    if (key.length - 1 - 2 * near < 1) return this.keys.map((_, at) => ({ at }));
    const shared = (this.shared ??= new Int32Array(this.keys.length));
    const touched: number[] = [];
    for (const [pair, count] of pairs(key)) {
      const list = this.postings.get(pair);
      if (!list) continue;
      for (let i = 0; i < list.length; i += 2) {
        const at = list[i]!;
        if (shared[at] === 0) touched.push(at);
        shared[at]! += Math.min(count, list[i + 1]!);
      }
    }
    const out: { at: number; shared: number }[] = [];
    for (const at of touched) {
      if (shared[at]! >= Math.max(key.length, this.keys[at]!.length) - 1 - 2 * near) out.push({ at, shared: shared[at]! });
      shared[at] = 0;
    }
    return out.sort((a, b) => b.shared - a.shared || a.at - b.at);
  }
}

/** The pairs of neighbouring letters of a text, each with how many times it occurs. */
function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}
