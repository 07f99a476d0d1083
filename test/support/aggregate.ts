import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateFolder, type FolderOptions as AggregateOptions } from '../../src/app/aggregate-folder.js';
import type { Aggregate } from '../../src/model/aggregate.js';
import { loadSchema } from '../../src/node/load-schema.js';
import { RosterIndex } from '../../src/settings/roster.js';
import { loadRoster } from '../../src/node/load-settings.js';
import { ROOT } from './cli.js';
import { tempDir } from './files.js';

export const DISTRICTS = join(ROOT, 'fixtures', 'hai-duong-2023');
export const ROSTER = join(ROOT, 'fixtures', 'hai-duong-don-vi.json');

/** A private copy of the 12-district fixture folder, to add mess to. */
export function copyDistricts(): string {
  const dir = join(tempDir('cnscd-agg-'), 'bao-cao');
  cpSync(DISTRICTS, dir, { recursive: true });
  return dir;
}

export async function aggregate(dir: string, options: Omit<Partial<AggregateOptions>, 'roster'> & { roster?: RosterIndex | string } = {}): Promise<Aggregate> {
  const { roster, ...rest } = options;
  const index = typeof roster === 'string' ? new RosterIndex(await loadRoster(roster, 'vi')) : roster;
  return aggregateFolder(dir, { schema: await loadSchema(), ...(index ? { roster: index } : {}), ...rest });
}

export function total(a: Aggregate, code: string): { value: number | null; reported: number } {
  const t = a.totals.find((x) => x.code === code);
  if (!t) throw new Error(`no total ${code}`);
  return { value: t.value, reported: t.reported };
}
