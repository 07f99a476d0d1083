import { makeFinding } from '../model/make-finding.js';
import { fold } from '../model/fold.js';
import type { Grouping, Level, UnitGroup } from '../model/aggregate.js';
import type { Finding } from '../model/finding.js';
import type { FullSchema } from '../schema/types.js';
import { levelOf, type RosterIndex } from '../settings/roster.js';
import { indicatorTotals, type CountedUnit } from './totals.js';
import { LEVEL_WORDS } from '../i18n/settings-text.js';

/** `--by huyen|tinh|captren` (or district, province, parent) → the level; null for anything else. */
export function parseLevel(text: string): Level | null {
  const f = fold(text)
    .replace(/^cap\s+/, '')
    .replace(/\s+/g, '');
  if (['huyen', 'district', 'quan', 'thixa'].includes(f)) return 'huyen';
  if (['tinh', 'province'].includes(f)) return 'tinh';
  if (['captren', 'tren', 'parent'].includes(f)) return 'parent';
  return null;
}

/** The group of units whose parent is not known. */
export const NO_PARENT = 'Chưa rõ đơn vị cấp trên';

export interface GroupedUnit extends CountedUnit {
  file: string;
  code?: string;
  /**
   * The parents as the file says them, nearest first: the unit a lower level's tong-hop.xlsx says it covers, then the
   * sub-folders it is filed in (`Tỉnh Phú Thọ/Huyện A/…`, read with `--recursive`).
   */
  fileParents?: string[];
}

/**
 * The ancestor of a unit at a level: up the roster's `capTren` chain, the first parent of that level (by its `loai`,
 * else the word its name starts with); failing that, up the parents the file names (nearest first), or the nearest
 * parent whose level cannot be told. Null when nothing names a parent.
 */
export function ancestorAt(
  unitName: string,
  level: Level,
  roster: RosterIndex | undefined,
  fileParents: readonly string[] = [],
): { name: string; code?: string } | null {
  const row = roster?.match(unitName).unit;
  const chain: { name: string; code?: string; kind: string; above: boolean }[] = [];
  let current = row;
  let parentName = row?.capTren || '';
  const seen = new Set<string>();
  while (parentName && !seen.has(fold(parentName)) && chain.length < 8) {
    seen.add(fold(parentName));
    const parentRow = current ? (roster?.parentRow(current) ?? undefined) : undefined;
    chain.push({
      name: parentRow ? roster!.nameOf(parentRow) : parentName,
      ...(parentRow?.ma ? { code: parentRow.ma } : {}),
      kind: parentRow?.loai ?? '',
      above: !!parentRow?.capTren,
    });
    current = parentRow;
    parentName = parentRow?.capTren ?? '';
  }
  if (chain.length === 0) {
    fileParents.forEach((name, i) => {
      chain.push({ name, kind: '', above: i < fileParents.length - 1 });
    });
  }
  if (chain.length === 0) return null;
  const pick = (c: (typeof chain)[number]) => ({ name: c.name, ...(c.code ? { code: c.code } : {}) });
  if (level === 'parent') return pick(chain[0]!);
  const levels = chain.map((c, i) => levelOf(c.name, c.kind, c.above || i < chain.length - 1));
  const exact = levels.indexOf(level);
  if (exact >= 0) return pick(chain[exact]!);
  const unknown = levels.map((l, i) => (l === null ? i : -1)).filter((i) => i >= 0);
  if (unknown.length === 0) return null;
  return pick(chain[level === 'tinh' ? unknown[unknown.length - 1]! : unknown[0]!]!);
}

/**
 * Units under their parents with a subtotal each. Groups come in the order of their first unit (roster order), or,
 * without a roster, by name;
 * units keep their order within a group; subtotals are sums over the group's units, as the totals are.
 */
export function groupUnits(
  units: GroupedUnit[],
  level: Level,
  roster: RosterIndex | undefined,
  schema: FullSchema,
): { grouping: Grouping; parentOf: Map<string, string>; findings: Finding[] } {
  const findings: Finding[] = [];
  const groups = new Map<string, { name: string; code?: string; members: GroupedUnit[] }>();
  const parentOf = new Map<string, string>();
  for (const u of units) {
    const parent = ancestorAt(u.name, level, roster, u.fileParents);
    if (!parent) {
      findings.push(
        makeFinding(
          'parent-unknown',
          u.file,
          undefined,
          { unit: u.name, levelVi: LEVEL_WORDS.vi[level], levelEn: LEVEL_WORDS.en[level], group: NO_PARENT },
          { unit: u.name },
        ),
      );
    }
    const name = parent?.name ?? NO_PARENT;
    const key = fold(name);
    const group = groups.get(key) ?? { name, ...(parent?.code ? { code: parent.code } : {}), members: [] };
    group.members.push(u);
    groups.set(key, group);
    parentOf.set(u.name, name);
  }
  // Without a roster there is no official order: the groups by name, numbers as numbers (a ministry's folders
  // `01. Hà Nội`, `02. Hà Giang` … keep their order), the units without a parent last.
  const ordered = roster
    ? [...groups.values()]
    : [...groups.values()].sort((a, b) => (a.name === NO_PARENT ? 1 : b.name === NO_PARENT ? -1 : numberedOrder(a.name, b.name)));
  const out: UnitGroup[] = ordered.map((g) => ({
    name: g.name,
    ...(g.code ? { code: g.code } : {}),
    units: g.members.map((m) => m.name),
    totals: indicatorTotals(g.members, schema),
  }));
  return { grouping: { level, groups: out }, parentOf, findings };
}

/** Names in order as people number them: folded, and a run of digits by its value (`Tỉnh 2` before `Tỉnh 10`). */
function numberedOrder(a: string, b: string): number {
  const parts = (s: string) => fold(s).match(/\d+|\D+/g) ?? [];
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y) ? Number(x) - Number(y) : 0;
    if (nx !== 0) return nx;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The unit an aggregate covers: the configured name, else the parent every reporting roster unit shares. */
export function coveredUnit(configured: string, roster: RosterIndex | undefined): string | null {
  if (configured) return configured;
  if (!roster) return null;
  const parents = new Set(roster.reporting.map((u) => (roster.parentRow(u)?.ten ?? u.capTren).trim()));
  if (parents.size !== 1) return null;
  const [only] = parents;
  return only || null;
}
