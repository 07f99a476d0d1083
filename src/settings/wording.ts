import { resolve } from 'node:path';
import { checkedCopy } from '../schema/checked.js';
import { TEMPLATES_DIR } from '../schema/load.js';
import type { wordingSchema } from './wording-schema.js';
import type { z } from 'zod';

export type Wording = z.infer<typeof wordingSchema>;
export type Block = Wording['phan'][number]['khoi'][number];

export const DEFAULT_WORDING = resolve(TEMPLATES_DIR, 'bao-cao', 'bao-cao.json');

/**
 * The report's wording: `--wording FILE`, else the built-in template. A file as the build checked it is taken as
 * checked then (zod is not loaded); any other is checked with zod, every problem listed.
 */
export async function loadWording(file: string | undefined, lang: 'vi' | 'en'): Promise<Wording> {
  const path = file ? resolve(file) : DEFAULT_WORDING;
  const checked = await checkedCopy<Wording>(path);
  if (checked) return checked;
  const [{ loadJsonSettings }, { wordingSchema }] = await Promise.all([import('./load-json.js'), import('./wording-schema.js')]);
  return loadJsonSettings(path, wordingSchema, lang);
}

/** Fill `{name}` placeholders; a name with no value is left for the caller to notice. */
export function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders a template names. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1]!);
}
