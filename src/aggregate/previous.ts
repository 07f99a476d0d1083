import type { z } from 'zod';
import { parsePeriod } from '../interpret/period.js';
import type { Aggregate, PreviousPeriod } from '../model/aggregate.js';
import type { previousJson } from './previous-schema.js';

/** A previous period from its tong-hop.json, as checked (`source`: the file's name, for the report). */
export function previousFromJson(doc: z.infer<typeof previousJson>, source: string): PreviousPeriod {
  return {
    period: doc.period ? (parsePeriod(doc.period) ?? null) : null,
    source,
    totals: new Map(Object.entries(doc.totals).map(([code, t]) => [code, t.value])),
    units: doc.units.map((u) => ({
      name: u.name,
      ...(u.code ? { code: u.code } : {}),
      values: new Map(Object.entries(u.values).map(([code, v]) => [code, v.value])),
    })),
  };
}

/** The previous period from its own aggregate (its submissions folder read like this one). */
export function previousFromAggregate(a: Aggregate, source: string): PreviousPeriod {
  return {
    period: a.period,
    source,
    totals: new Map(a.totals.map((t) => [t.code, t.value])),
    units: a.units.map((u) => ({ name: u.name, ...(u.code ? { code: u.code } : {}), values: new Map([...u.values].map(([code, v]) => [code, v.value])) })),
  };
}
