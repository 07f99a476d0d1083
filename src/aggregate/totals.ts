import { fold } from '../model/fold.js';
import type { IndicatorTotal, ProductList, RatioTotal, UnitNote } from '../model/aggregate.js';
import type { NoteSection, ReportedValue } from '../model/submission.js';
import type { FullSchema } from '../schema/types.js';

export interface CountedUnit {
  name: string;
  values: Map<string, ReportedValue>;
  notes: NoteSection[];
}

/** Sum each indicator over the units that reported it; an empty cell is not a 0, it is one unit fewer. */
export function indicatorTotals(units: CountedUnit[], schema: FullSchema): IndicatorTotal[] {
  return schema.indicators.map((ind) => {
    let value: number | null = null;
    let reported = 0;
    for (const u of units) {
      const v = u.values.get(ind.code)?.value;
      if (v === null || v === undefined) continue;
      value = (value ?? 0) + v;
      reported++;
    }
    return { code: ind.code, label: ind.label, measure: ind.unit, value, reported };
  });
}

/** A ratio of sums over the units that reported both sides; never an average of the units' own ratios. */
export function ratioTotals(units: CountedUnit[], schema: FullSchema): RatioTotal[] {
  return schema.ratios.map((r) => {
    let numerator = 0;
    let denominator = 0;
    let n = 0;
    for (const u of units) {
      const a = u.values.get(r.numerator)?.value;
      const b = u.values.get(r.denominator)?.value;
      if (a === null || a === undefined || b === null || b === undefined) continue;
      numerator += a;
      denominator += b;
      n++;
    }
    return {
      id: r.id,
      label: r.label,
      format: r.format,
      numerator,
      denominator,
      value: n > 0 && denominator > 0 ? numerator / denominator : null,
      units: n,
      of: { numerator: r.numerator, denominator: r.denominator },
    };
  });
}

/** Product lists of all units merged: each product once (by its folded name), with every unit that listed it. */
export function mergeProducts(units: CountedUnit[], schema: FullSchema): ProductList[] {
  return schema.notes
    .filter((n) => n.list)
    .map((section) => {
      // Each product's units are also kept as a set: a product many units list (a country's "Mật ong") would
      // otherwise be searched once per unit for the unit's name, a cost that grows with the square of the units.
      const byKey = new Map<string, { name: string; units: string[]; named: Set<string> }>();
      for (const u of units) {
        for (const note of u.notes) {
          if (note.key !== section.key) continue;
          for (const item of note.items ?? []) {
            const key = fold(item);
            if (!key) continue;
            let entry = byKey.get(key);
            if (!entry) byKey.set(key, (entry = { name: item.trim(), units: [], named: new Set() }));
            if (entry.named.has(u.name)) continue;
            entry.named.add(u.name);
            entry.units.push(u.name);
          }
        }
      }
      const items = [...byKey.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, { name, units: listed }]) => ({ name, units: listed }));
      return { section: section.key, items };
    })
    .filter((p) => p.items.length > 0);
}

/** The units' prose sections (highlights, shortcomings, proposals), each with its unit. */
export function gatherNotes(units: CountedUnit[], schema: FullSchema): Record<string, UnitNote[]> {
  const out: Record<string, UnitNote[]> = {};
  for (const section of schema.notes.filter((n) => !n.list)) {
    out[section.key] = units.flatMap((u) => u.notes.filter((n) => n.key === section.key && n.text.trim()).map((n) => ({ unit: u.name, text: n.text.trim() })));
  }
  return out;
}
