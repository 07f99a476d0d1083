import { CELL_CHARS } from '../model/sheet.js';

/**
 * What one submission may hold before it is refused: bounds that keep a run within memory and time whatever lands
 * in a shared folder. Each can be raised by an environment variable; docs/reliability.md lists them.
 */
export interface Limits {
  /** File size on disk. */
  bytes: number;
  /** What an .xlsx inflates to (a zip bomb is gigabytes). */
  unzippedBytes: number;
  /** Rows of one sheet or CSV. */
  rows: number;
  /** Characters in one cell: Excel's own limit. */
  cellChars: number;
  /** Sheets in one workbook. */
  sheets: number;
}

export const DEFAULT_LIMITS: Limits = {
  bytes: 50 * 1024 * 1024,
  unzippedBytes: 100 * 1024 * 1024,
  rows: 50_000,
  cellChars: CELL_CHARS,
  sheets: 255,
};

/** The environment variable that raises each limit, and the unit it is given in. */
export const LIMIT_VARIABLES: Record<Exclude<keyof Limits, 'cellChars'>, { name: string; unit: number }> = {
  bytes: { name: 'CNSCD_MAX_FILE_MB', unit: 1024 * 1024 },
  unzippedBytes: { name: 'CNSCD_MAX_UNZIPPED_MB', unit: 1024 * 1024 },
  rows: { name: 'CNSCD_MAX_ROWS', unit: 1 },
  sheets: { name: 'CNSCD_MAX_SHEETS', unit: 1 },
};

/** The limits, with any the environment raises or lowers. */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, v] of Object.entries(LIMIT_VARIABLES) as [keyof typeof LIMIT_VARIABLES, { name: string; unit: number }][]) {
    const n = Number(env[v.name]);
    if (env[v.name] && Number.isFinite(n) && n > 0) limits[key] = Math.round(n * v.unit);
  }
  return limits;
}
