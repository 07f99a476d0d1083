import { fold, similarity } from '../model/fold.js';
import type { FullSchema, Headers, Indicator, InfoKeys } from './types.js';

/**
 * Recognises what people type: indicator labels (with the schema's aliases and equivalent phrases),
 * header words, info keys and sheet names.
 */
export class Matcher {
  private readonly byLabel = new Map<string, string>();
  private readonly byCode = new Map<string, string>();
  private readonly equivalents: [string, string][];
  private readonly headerIndex = new Map<string, keyof Headers>();
  private readonly infoIndex = new Map<string, keyof InfoKeys>();
  private readonly noteIndex = new Map<string, string>();
  readonly indicators: Map<string, Indicator>;
  /** Label collisions between two indicators (a broken schema). */
  readonly collisions: { key: string; codes: [string, string] }[] = [];
  /** Labels repeat from file to file: their keys are remembered. */
  private readonly keys = new Map<string, string>();

  constructor(readonly schema: FullSchema) {
    // Longest phrase first, so that "công nghệ số cộng đồng" is replaced before any shorter phrase inside it.
    this.equivalents = schema.equivalents.map(([a, b]) => [fold(a), fold(b)] as [string, string]).sort((x, y) => y[0].length - x[0].length);
    this.indicators = new Map(schema.indicators.map((i) => [i.code, i]));
    for (const ind of schema.indicators) {
      this.byCode.set(ind.code.toLowerCase(), ind.code);
      for (const label of [ind.label, ...ind.aliases]) {
        const key = this.labelKey(label);
        const other = this.byLabel.get(key);
        if (other && other !== ind.code) this.collisions.push({ key, codes: [other, ind.code] });
        else this.byLabel.set(key, ind.code);
      }
    }
    for (const [kind, list] of Object.entries(schema.headers) as [keyof Headers, string[]][]) {
      for (const w of list) if (!this.headerIndex.has(fold(w))) this.headerIndex.set(fold(w), kind);
    }
    for (const [kind, list] of Object.entries(schema.info) as [keyof InfoKeys, string[]][]) {
      for (const w of list) this.infoIndex.set(fold(w), kind);
    }
    for (const n of schema.notes) {
      for (const w of [n.key, n.label, ...n.aliases]) this.noteIndex.set(fold(w), n.key);
    }
  }

  /** The matching key of a label: folded, equivalent phrases made one, repeated words and a leading number dropped. */
  labelKey(label: string): string {
    const known = this.keys.get(label);
    if (known !== undefined) return known;
    const key = this.labelKeyNow(label);
    if (this.keys.size > 20_000) this.keys.clear();
    this.keys.set(label, key);
    return key;
  }

  private labelKeyNow(label: string): string {
    let key = ` ${fold(label)} `;
    for (const [from, to] of this.equivalents) key = key.split(` ${from} `).join(` ${to} `);
    const words = key.trim().split(' ');
    // "1. Số buổi…" / "a) Số buổi…": numbering typed into the label.
    if (words.length > 1 && /^(\d+|[a-h]|[ivx]+)$/.test(words[0]!) && words[1] !== 'do') words.shift();
    return words.filter((w, i) => w !== words[i - 1]).join(' ');
  }

  /** Indicator code for a label, or undefined. */
  indicatorByLabel(label: string): string | undefined {
    return this.byLabel.get(this.labelKey(label));
  }

  /** Indicator code for a code cell (`so_tai_khoan_vneid`), or undefined. */
  indicatorByCode(text: string): string | undefined {
    return this.byCode.get(text.trim().toLowerCase());
  }

  /** The closest indicator to an unknown label, when close enough to be worth suggesting. */
  suggest(label: string): Indicator | undefined {
    const key = this.labelKey(label);
    let best: Indicator | undefined;
    let bestScore = 0;
    for (const ind of this.schema.indicators) {
      for (const l of [ind.label, ...ind.aliases]) {
        const s = similarity(key, this.labelKey(l));
        if (s > bestScore) {
          bestScore = s;
          best = ind;
        }
      }
    }
    return bestScore >= 0.6 ? best : undefined;
  }

  /** What a header cell names: a column kind, or undefined. Parenthesised remarks are ignored. */
  header(text: string): keyof Headers | undefined {
    const f = fold(text);
    return this.headerIndex.get(f) ?? this.headerIndex.get(fold(text.replace(/\([^)]*\)/g, ' ')));
  }

  /** What an info key (`Kỳ báo cáo`) names, or undefined. */
  infoKey(text: string): keyof InfoKeys | undefined {
    return this.infoIndex.get(fold(text.replace(/[:：]\s*$/, '')));
  }

  noteSection(text: string): string | undefined {
    return this.noteIndex.get(fold(text));
  }

  /** Whether a sheet name is one of the given kind (`Thông tin`, `Thuyết minh`, `Hướng dẫn`). */
  sheetIs(kind: 'info' | 'notes' | 'guide', name: string): boolean {
    return this.schema.sheets[kind].some((w) => fold(w) === fold(name));
  }

  isTotalLabel(text: string): boolean {
    return this.header(text) === 'total' || this.schema.headers.total.some((w) => fold(w) === fold(text));
  }
}
