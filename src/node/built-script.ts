import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A thread's compiled script, `name` beside the module at `base` (its `import.meta.url`); null when running from the
 * TypeScript sources (the tests), where there is none and the caller does the work on its own thread.
 */
export function builtScript(name: string, base: string): URL | null {
  const url = new URL(name, base);
  return existsSync(fileURLToPath(url)) ? url : null;
}
