import { makeFinding } from '../check/make.js';
import { fold } from '../interpret/fold.js';
import type { Grouping, Level, UnitGroup } from '../model/aggregate.js';
import type { Finding } from '../model/finding.js';
import type { FullSchema } from '../schema/types.js';
import { levelOf, type RosterIndex } from '../settings/roster.js';
import { indicatorTotals, type CountedUnit } from './totals.js';

/** `--by huyen|tinh|captren` (or district, province, parent) → the level; null for anything else. */
export function parseLevel(text: string): Level | null {
  const f = fold(text).replace(/^cap\s+/, '').replace(/\s+/g, '');
  if (['huyen', 'district', 'quan', 'thixa'].includes(f)) return 'huyen';
  if (['tinh', 'province'].includes(f)) return 'tinh';
  if (['captren', 'tren', 'parent'].includes(f)) return 'parent';
  return null;
}

export const LEVEL_WORDS: Record<Level, { vi: string; en: string }> = {
  huyen: { vi: 'huyện', en: 'district' },
  tinh: { vi: 'tỉnh', en: 'province' },
  parent: { vi: 'trên', en: 'parent unit' },
};

/** The group of units whose parent is not known. */
export const NO_PARENT = 'Chưa rõ đơn vị cấp trên';

export interface GroupedUnit extends CountedUnit {
  file: string;
  code?: string;
  /** The parent as the file says it (a lower level's tong-hop.xlsx names the unit it covers). */
  fileParent?: string;
}

/**
 * The ancestor of a unit at a level: up the roster's `capTren` chain, the first parent of that level (by its `loai`,
 * else the word its name starts with); failing that, the parent the file names, or the nearest parent whose level
 * cannot be told. Null when nothing names a parent.
 */
export function ancestorAt(unitName: string, level: Level, roster: RosterIndex | undefined, fileParent?: string): { name: string; code?: string } | null {
  const row = roster?.match(unitName).unit;
  const chain: { name: string; code?: string; kind: string; above: boolean }[] = [];
  let current = row;
  let parentName = row?.capTren || '';
  const seen = new Set<string>();
  while (parentName && !seen.has(fold(parentName)) && chain.length < 8) {
    seen.add(fold(parentName));
    const parentRow = current ? roster?.parentRow(current) ?? undefined : undefined;
    chain.push({ name: parentRow ? roster!.nameOf(parentRow) : parentName, ...(parentRow?.ma ? { code: parentRow.ma } : {}), kind: parentRow?.loai ?? '', above: !!parentRow?.capTren });
    current = parentRow;
    parentName = parentRow?.capTren ?? '';
  }
  if (chain.length === 0 && fileParent) chain.push({ name: fileParent, kind: '', above: false });
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
 * Units under their parents with a subtotal each. Groups come in the order of their first unit (roster order);
 * units keep their order within a group; subtotals are sums over the group's units, as the totals are.
 */
export function groupUnits(units: GroupedUnit[], level: Level, roster: RosterIndex | undefined, schema: FullSchema): { grouping: Grouping; parentOf: Map<string, string>; findings: Finding[] } {
  const findings: Finding[] = [];
  const groups = new Map<string, { name: string; code?: string; members: GroupedUnit[] }>();
  const parentOf = new Map<string, string>();
  for (const u of units) {
    const parent = ancestorAt(u.name, level, roster, u.fileParent);
    if (!parent) {
      findings.push(
        makeFinding('parent-unknown', u.file, undefined, { unit: u.name, levelVi: LEVEL_WORDS[level].vi, levelEn: LEVEL_WORDS[level].en, group: NO_PARENT }, { unit: u.name }),
      );
    }
    const name = parent?.name ?? NO_PARENT;
    const key = fold(name);
    const group = groups.get(key) ?? { name, ...(parent?.code ? { code: parent.code } : {}), members: [] };
    group.members.push(u);
    groups.set(key, group);
    parentOf.set(u.name, name);
  }
  const out: UnitGroup[] = [...groups.values()].map((g) => ({
    name: g.name,
    ...(g.code ? { code: g.code } : {}),
    units: g.members.map((m) => m.name),
    totals: indicatorTotals(g.members, schema),
  }));
  return { grouping: { level, groups: out }, parentOf, findings };
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
