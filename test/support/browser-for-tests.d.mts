export const BROWSER_PATHS: string[];
export function findBrowser(env?: Record<string, string | undefined>): string | undefined;
export const HOW_TO_GET_ONE: string;
