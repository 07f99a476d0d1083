import type { wordingSchema } from './wording-schema.js';
import type { z } from 'zod';

export type Wording = z.infer<typeof wordingSchema>;
export type Block = Wording['phan'][number]['khoi'][number];

/** Fill `{name}` placeholders; a name with no value is left for the caller to notice. */
export function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders a template names. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1]!);
}
