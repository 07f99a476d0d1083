/** Sort by code point: the same order on every machine, whatever its locale data. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
