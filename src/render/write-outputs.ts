import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Write every output whole or none at all: each goes to a temporary name in the same folder first, and only when
 * all are written are they renamed into place. A failure removes what was written and leaves the old files.
 */
export async function writeOutputs(dir: string, files: { name: string; bytes: Uint8Array | string }[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const temps: string[] = [];
  try {
    for (const f of files) {
      const temp = join(dir, `.${f.name}.${process.pid}.tmp`);
      temps.push(temp);
      await writeFile(temp, f.bytes);
    }
    const written: string[] = [];
    for (const [i, f] of files.entries()) {
      await rename(temps[i]!, join(dir, f.name));
      written.push(join(dir, f.name));
    }
    return written;
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}
