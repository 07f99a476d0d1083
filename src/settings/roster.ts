import type { z } from 'zod';
import { fold } from '../model/fold.js';
import { cellText } from '../model/sheet.js';
import type { Lang } from '../model/lang.js';
import type { Book } from '../model/sheet.js';
import { NearestNames } from './nearest-names.js';
import type { rosterSchema, rosterUnitSchema } from './roster-schema.js';
import { SettingsError } from '../model/settings-error.js';
import { SETTINGS_TEXT } from '../i18n/settings-text.js';

export type RosterSchema = typeof rosterSchema;

export type RosterUnit = z.infer<typeof rosterUnitSchema>;
export type Roster = z.infer<typeof rosterSchema> & { source: string };

/** Words that stand before a unit's name and say what kind of unit it is; names match without them. */
const PREFIXES = ['thanh pho', 'thi xa', 'thi tran', 'huyen', 'quan', 'phuong', 'xa', 'tinh', 'tp', 'tx', 'tt', 'h', 'q', 'p'];

/** Keys already made: a roster's names are keyed several times over (indexing, its checks, each report's match). */
const keys = new Map<string, string>();

/** The key two spellings of one unit share: `TP. Hải Dương`, `Thành phố Hải Dương`, `thanh pho hai duong` → `hai duong`. */
export function unitKey(name: string): string {
  let known = keys.get(name);
  if (known === undefined) {
    if (keys.size > 50_000) keys.clear();
    keys.set(name, (known = keyOf(name)));
  }
  return known;
}

function keyOf(name: string): string {
  let key = fold(name);
  for (;;) {
    const prefix = PREFIXES.find((p) => key.startsWith(`${p} `));
    if (!prefix) return key;
    key = key.slice(prefix.length + 1);
  }
}

/**
 * A unit code as codes are compared: an administrative code is digits with leading zeros (`00004`), which Excel drops
 * when the cell is a number (`4`); both are one code.
 */
export function codeKey(code: string): string {
  const c = code.trim();
  return /^\d+$/.test(c) ? c.replace(/^0+(?=\d)/, '') : c;
}

export interface RosterMatch {
  unit?: RosterUnit;
  /** When nothing matched: the closest roster names. */
  suggestions: string[];
  /** When the name is that of more than one unit the roster lists (and no code said which): those units' names. */
  ambiguous?: string[];
}

/** Administrative level of a unit, from its kind (`loai`) or, without one, the word its name starts with. */
export type UnitLevel = 'xa' | 'huyen' | 'tinh';

export function levelOf(name: string, kind: string, hasParent: boolean): UnitLevel | null {
  const k = fold(kind) || fold(name);
  if (/^(xa|phuong|thi tran)\b/.test(k)) return 'xa';
  if (/^(huyen|quan|thi xa|tx|h|q)\b/.test(k)) return 'huyen';
  if (/^tinh\b/.test(k) || /^thanh pho truc thuoc trung uong\b/.test(k)) return 'tinh';
  if (/^thanh pho thuoc tinh\b/.test(k)) return 'huyen';
  // "Thành phố" alone: a city under a province (a district level) when something stands above it.
  if (/^(thanh pho|tp)\b/.test(k)) return hasParent ? 'huyen' : 'tinh';
  return null;
}

/**
 * Finds a roster unit by any of the ways people write its name, or by its code. A roster may list the parents
 * too (districts above their communes): the units expected to report are the ones no other unit names as its
 * parent. Two units may share a name without their prefixes (Huyện Tứ Kỳ, Thị trấn Tứ Kỳ): the full name decides,
 * else a reporting unit is preferred for a report and a parent for a `capTren`.
 */
export class RosterIndex {
  private readonly byKey = new Map<string, RosterUnit[]>();
  private readonly byFullName = new Map<string, RosterUnit>();
  private readonly byCode = new Map<string, RosterUnit>();
  private readonly parentOf = new Map<RosterUnit, RosterUnit | null>();
  private readonly parents = new Set<RosterUnit>();
  /** Reporting units that share their full name with another, by that folded name; and the name each is shown by. */
  private readonly sameName = new Map<string, RosterUnit[]>();
  private readonly shown = new Map<RosterUnit, string>();
  /** Every unit by its own full name, folded. */
  private readonly byName = new Map<string, RosterUnit[]>();
  /** The units expected to report, in roster order. */
  readonly reporting: RosterUnit[];

  constructor(readonly roster: Roster) {
    for (const u of roster.donVi) {
      for (const name of new Set([u.ten, ...u.tenKhac].map(unitKey))) {
        const list = this.byKey.get(name) ?? [];
        list.push(u);
        this.byKey.set(name, list);
      }
      for (const name of [u.ten, ...u.tenKhac]) {
        const folded = fold(name);
        if (!this.byFullName.has(folded)) this.byFullName.set(folded, u);
      }
      if (u.ma) this.byCode.set(codeKey(u.ma), u);
    }
    for (const u of roster.donVi) {
      // `capTren` names the parent, or gives its code: the one way to say which of ten Huyện Châu Thành it is.
      const parent = u.capTren ? (this.byCode.get(codeKey(u.capTren)) ?? this.parentByName(u.capTren, u)) : undefined;
      this.parentOf.set(u, parent ?? null);
      if (parent) this.parents.add(parent);
    }
    this.reporting = roster.donVi.filter((u) => !this.parents.has(u));
    // The country has many a Xã Tân Lập, and ten Huyện Châu Thành: units of one name (each with its own code, as
    // loadRoster requires) are shown with their parent, else their code, and that name finds them too. A report that
    // gives only the name of such a reporting unit cannot be placed.
    for (const u of roster.donVi) {
      const list = this.byName.get(fold(u.ten)) ?? [];
      list.push(u);
      this.byName.set(fold(u.ten), list);
    }
    const reporting = new Set(this.reporting);
    const parentName = (u: RosterUnit) => this.parentOf.get(u)?.ten ?? u.capTren;
    for (const [name, same] of this.byName) {
      if (same.length < 2) continue;
      const reportingSame = same.filter((u) => reporting.has(u));
      if (reportingSame.length > 1) this.sameName.set(name, reportingSame);
      const parentsDiffer = same.every(parentName) && new Set(same.map(parentName)).size === same.length;
      for (const u of same) {
        const shown = `${u.ten} (${parentsDiffer ? parentName(u) : `mã ${u.ma}`})`;
        this.shown.set(u, shown);
        this.byFullName.set(fold(shown), u);
      }
    }
  }

  /** The reporting units' names, indexed for suggestions when a report's name is not found; made when first needed. */
  private nearest: NearestNames<RosterUnit> | undefined;

  /** How many units the roster lists under this full name. */
  unitsNamed(name: string): number {
    return this.byName.get(fold(name))?.length ?? 0;
  }

  /** The name a unit is shown by: the roster's, with its parent or code when another reporting unit has that name. */
  nameOf(u: RosterUnit): string {
    return this.shown.get(u) ?? u.ten;
  }

  /**
   * Those of `units` that stand under one of `places` (a folder's or a unit's name, however written: `Tỉnh Phú Thọ`,
   * `phu-tho`, `01. Phú Thọ`): up the roster's `capTren` chain, or the `capTren` as written where the roster does not
   * list the parent.
   */
  private under(units: RosterUnit[], places: readonly string[]): RosterUnit[] {
    const wanted = new Set(places.map((p) => unitKey(p).replace(/^\d+ /, '')).filter(Boolean));
    return units.filter((u) => {
      let current: RosterUnit | null = u;
      for (let depth = 0; current && depth < 8; depth++) {
        const parent: RosterUnit | null = this.parentOf.get(current) ?? null;
        const names = parent ? [parent.ten, ...parent.tenKhac] : current.capTren ? [current.capTren] : [];
        if (names.some((n) => wanted.has(unitKey(n)))) return true;
        current = parent;
      }
      return false;
    });
  }

  /** The roster row of a unit's parent, when the roster lists it. */
  parentRow(u: RosterUnit): RosterUnit | null {
    return this.parentOf.get(u) ?? null;
  }

  /** The unit a `capTren` names, for `child`: its exact name, else the best of the names it may be. */
  private parentByName(name: string, child: RosterUnit): RosterUnit | undefined {
    const exact = this.byFullName.get(fold(name));
    if (exact && exact !== child) return exact;
    return this.candidates(name, 'parent', child)[0];
  }

  /** The units a name without its exact spelling may be, best first: one, or several that share a name. */
  private candidates(name: string, want: 'report' | 'parent', not?: RosterUnit): RosterUnit[] {
    const named = this.byKey.get(unitKey(name));
    // A parent the roster does not list (the province above a country's communes) is the usual case: nothing to weigh.
    if (!named) return [];
    // A name that says its level (Thị trấn Tứ Kỳ) is not a unit of another level (Huyện Tứ Kỳ); a parent is never
    // of its child's level.
    const written = levelOf(name, '', true);
    const childLevel = not ? levelOf(not.ten, not.loai, !!not.capTren) : null;
    const list = named.filter((u) => {
      if (u === not) return false;
      const level = levelOf(u.ten, u.loai, !!u.capTren);
      if (written && level && written !== level) return false;
      return !(want === 'parent' && childLevel && level === childLevel);
    });
    if (list.length <= 1) return list;
    const preferred = want === 'parent' ? list.filter((u) => this.parents.has(u) || !u.capTren) : list.filter((u) => !this.parents.has(u));
    return preferred.length > 0 ? preferred : list;
  }

  /**
   * The unit a report names: by its code, else by its name. A name several units share is placed by `places`, the
   * names the report is filed under (its folders, the unit a table says it covers: `Tỉnh Phú Thọ/xa-tan-lap.xlsx`),
   * when exactly one of those units stands under one of them.
   */
  match(name: string, code?: string, places: readonly string[] = []): RosterMatch {
    const byCode = code ? this.byCode.get(codeKey(code)) : undefined;
    if (byCode) return { unit: byCode, suggestions: [] };
    const key = unitKey(name);
    const exact = this.sameName.has(fold(name)) ? undefined : this.byFullName.get(fold(name));
    if (exact) return { unit: exact, suggestions: [] };
    // A name several reporting units share, however it is written (with or without Xã, in any case): which one cannot
    // be told without a code (a roster holds such units only when each has its code).
    const found = this.sameName.get(fold(name)) ?? this.candidates(name, 'report');
    if (found.length === 1) return { unit: found[0]!, suggestions: [] };
    const placed = found.length > 1 && places.length > 0 ? this.under(found, places) : [];
    if (placed.length === 1) return { unit: placed[0]!, suggestions: [] };
    if (found.length > 1) return { suggestions: [], ambiguous: found.map((u) => this.nameOf(u)) };
    // Names within a third of the name's length (two letters at least), and of those the closest only: one typo away
    // from two units names both, never a list of everything nearby.
    this.nearest ??= new NearestNames(this.reporting.map((u) => ({ item: u, keys: [u.ten, ...u.tenKhac].map(unitKey) })));
    const closest = this.nearest.closest(key, Math.max(2, Math.floor(key.length / 3)));
    closest.sort((a, b) => a.ten.localeCompare(b.ten, 'vi'));
    return { suggestions: closest.slice(0, 3).map((u) => u.ten) };
  }
}

/**
 * A roster's units, checked and indexed (a country's roster is ten thousand units): two units may share a name
 * only when they can still be told apart. `path` names the file in the problems.
 */
export function rosterIndexFrom(raw: z.infer<RosterSchema>, path: string, lang: Lang): RosterIndex {
  const problems: string[] = [];
  // Two units may share a name without their prefixes only when one is the other's parent level (Huyện Tứ Kỳ and
  // Thị trấn Tứ Kỳ); two units with the same full name, or two reporting units with the same name, cannot be told apart.
  const index = new RosterIndex({ ...raw, source: path });
  const reporting = new Set(index.reporting);
  const seen = new Map<string, RosterUnit>();
  const seenFull = new Map<string, RosterUnit>();
  const codes = new Map<string, RosterUnit>();
  raw.donVi.forEach((u, i) => {
    const sameCode = u.ma ? codes.get(codeKey(u.ma)) : undefined;
    if (sameCode) problems.push(SETTINGS_TEXT[lang].rosterCodeClash(i, u.ma!, u.ten, sameCode.ten));
    if (u.ma) codes.set(codeKey(u.ma), u);
    for (const name of [u.ten, ...u.tenKhac]) {
      const full = seenFull.get(fold(name));
      const key = unitKey(name);
      const other = reporting.has(u) ? seen.get(key) : undefined;
      const clash = (full && full !== u ? full : undefined) ?? (other && other !== u ? other : undefined);
      // Two units of one name are two units when each has its own code: a report, or a unit's capTren, tells which by
      // its code.
      if (clash && !(u.ma && clash.ma)) {
        problems.push(SETTINGS_TEXT[lang].rosterNameClash(i, name, clash.ten));
      }
      seenFull.set(fold(name), u);
      if (reporting.has(u)) seen.set(key, u);
    }
  });
  // A capTren that names one of several units of that name says nothing: it must give the parent's code.
  raw.donVi.forEach((u, i) => {
    const count = u.capTren && !codes.has(codeKey(u.capTren)) ? index.unitsNamed(u.capTren) : 0;
    if (count > 1) {
      problems.push(SETTINGS_TEXT[lang].rosterParentAmbiguous(i, u.capTren!, u.ten, count));
    }
  });
  if (problems.length > 0) throw new SettingsError(path, problems);
  return index;
}

const COLUMNS: Record<string, keyof RosterUnit> = {
  ma: 'ma',
  'ma don vi': 'ma',
  code: 'ma',
  ten: 'ten',
  'ten don vi': 'ten',
  'don vi': 'ten',
  name: 'ten',
  loai: 'loai',
  'loai don vi': 'loai',
  type: 'loai',
  'cap tren': 'capTren',
  'don vi cap tren': 'capTren',
  captren: 'capTren',
  parent: 'capTren',
  'ten khac': 'tenKhac',
  tenkhac: 'tenKhac',
  aliases: 'tenKhac',
};

/** A roster typed as a table (CSV or a workbook): its first sheet's row with a "Tên" column, and the rows below. */
export function rosterFromBook(book: Book, path: string, lang: Lang, rosterSchema: RosterSchema): z.infer<RosterSchema> {
  const sheet = book.sheets[0];
  const rows = sheet ? [...sheet.rows.entries()].sort((a, b) => a[0] - b[0]) : [];
  const header = rows.findIndex(([, cells]) => [...cells.values()].some((c) => COLUMNS[fold(cellText(c))] === 'ten'));
  if (!sheet || header < 0) {
    throw new SettingsError(path, [SETTINGS_TEXT[lang].rosterNoHeader]);
  }
  const columns = new Map<number, keyof RosterUnit>();
  for (const [col, cell] of rows[header]![1]) {
    const key = COLUMNS[fold(cellText(cell))];
    if (key) columns.set(col, key);
  }
  const donVi = rows.slice(header + 1).flatMap(([, cells]) => {
    const unit: Record<string, unknown> = {};
    for (const [col, key] of columns) {
      const text = cellText(cells.get(col)).trim();
      if (text) unit[key] = key === 'tenKhac' ? text.split(/\s*;\s*/) : text;
    }
    return unit.ten ? [unit] : [];
  });
  const parsed = rosterSchema.safeParse({ donVi });
  if (!parsed.success)
    throw new SettingsError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  return parsed.data;
}
