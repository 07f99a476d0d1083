import { z } from 'zod';

const code = z.string().regex(/^[a-z][a-z0-9_]*$/, 'mã chỉ tiêu chỉ gồm chữ thường không dấu, số và "_" / code: lower-case letters, digits and "_"');
const text = z.string().trim().min(1);

export const indicatorSchema = z.strictObject({
  code,
  label: text,
  unit: text,
  aliases: z.array(text).default([]),
  /**
   * A count that only grows from one period to the next (accounts created, products listed, teams, members):
   * with `--previous`, a fall is a warning that names the unit and both figures.
   */
  neverFalls: z.boolean().default(false),
  /**
   * Counted over the period itself (trainings held, citizens guided in it), not a standing or running total: compared
   * with a previous period only when the two are as long (six months against a year would read as a fall of half).
   */
  perPeriod: z.boolean().default(false),
});

const severity = z.enum(['error', 'warning']);

export const sumRuleSchema = z.strictObject({
  id: text,
  type: z.literal('sum'),
  total: code,
  parts: z.array(code).min(2),
  severity,
  /** With the total missing and every part present, the total is derived (and the derivation reported). */
  derive: z.boolean().default(false),
});

export const compareRuleSchema = z.strictObject({
  id: text,
  type: z.literal('compare'),
  left: code,
  op: z.enum(['<=', '<', '>=', '>', '=']),
  right: code,
  severity,
});

export const ruleSchema = z.discriminatedUnion('type', [sumRuleSchema, compareRuleSchema]);

const words = z.array(text);

export const headersSchema = z.strictObject({
  index: words,
  code: words,
  label: words,
  measure: words,
  value: words,
  note: words,
  unitName: words,
  unitCode: words,
  total: words,
});

export const infoSchema = z.strictObject({
  unit: words,
  unitCode: words,
  period: words,
  reportDate: words,
  preparedBy: words,
  phone: words,
  email: words,
});

export const sheetsSchema = z.strictObject({ info: words, notes: words, guide: words });

export const noteSectionSchema = z.strictObject({
  key: code,
  label: text,
  aliases: words.default([]),
  list: z.boolean().default(false),
});

/** A ratio the aggregate states, always computed from sums (never an average of the units' ratios). */
export const ratioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: text,
  numerator: code,
  denominator: code,
  /** `percent`: 12,5%. `per`: 1,23 per denominator unit. */
  format: z.enum(['percent', 'per']).default('percent'),
});

/**
 * Two related indicators whose ratio, unit by unit, should be of the same order across units (DVCTT accounts per
 * citizen guided; citizens guided per trained member). A unit far from the others is a doubtful figure (a warning).
 */
export const ratioCheckSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: text,
  numerator: code,
  denominator: code,
});

/** A complete schema, as `templates/schemas/cnscd-2023.json`. */
export const fullSchemaSchema = z.strictObject({
  $schema: z.string().optional(),
  id: text,
  title: text,
  indicators: z.array(indicatorSchema).min(1),
  rules: z.array(ruleSchema).default([]),
  equivalents: z.array(z.tuple([text, text])).default([]),
  headers: headersSchema,
  info: infoSchema,
  sheets: sheetsSchema,
  notes: z.array(noteSectionSchema).default([]),
  ratios: z.array(ratioSchema).default([]),
  ratioChecks: z.array(ratioCheckSchema).default([]),
});

/** A user's schema that changes another one: adds, drops or relabels indicators and rules. */
export const extendingSchemaSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: text,
  id: text.optional(),
  title: text.optional(),
  indicators: z
    .strictObject({
      add: z.array(indicatorSchema).default([]),
      drop: z.array(code).default([]),
      relabel: z
        .record(code, z.strictObject({ label: text.optional(), unit: text.optional(), aliases: words.optional(), neverFalls: z.boolean().optional() }))
        .default({}),
    })
    .default({ add: [], drop: [], relabel: {} }),
  rules: z.strictObject({ add: z.array(ruleSchema).default([]), drop: z.array(text).default([]) }).default({ add: [], drop: [] }),
  ratios: z.strictObject({ add: z.array(ratioSchema).default([]), drop: z.array(text).default([]) }).default({ add: [], drop: [] }),
  ratioChecks: z.strictObject({ add: z.array(ratioCheckSchema).default([]), drop: z.array(text).default([]) }).default({ add: [], drop: [] }),
  equivalents: z.array(z.tuple([text, text])).default([]),
  headers: headersSchema.partial().optional(),
  info: infoSchema.partial().optional(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Ratio = z.infer<typeof ratioSchema>;
export type SumRule = z.infer<typeof sumRuleSchema>;
export type CompareRule = z.infer<typeof compareRuleSchema>;
export type Headers = z.infer<typeof headersSchema>;
export type InfoKeys = z.infer<typeof infoSchema>;
export type FullSchema = z.infer<typeof fullSchemaSchema>;
export type ExtendingSchema = z.infer<typeof extendingSchemaSchema>;
