import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { OutputBytes } from '../render/outputs.js';

export type { OutputBytes } from '../render/outputs.js';

/**
 * Write every output whole or not at all: each goes to a hidden temporary name in the same folder first, and only
 * when all are written are they renamed into place (a rename within a folder is atomic). A failure, Ctrl+C
 * (SIGINT) or SIGTERM while writing removes the temporary files and leaves the previous outputs as they were; a
 * signal that arrives while the files are being renamed waits until the set is complete, so the folder never
 * holds a mix of old and new.
 */

/**
 * `bytes` may be a function that makes them: each output is then made just before it is written and let go after,
 * so a run holds one output at a time (the JSON document of 10,000 units is tens of megabytes).
 */
export async function writeOutputs(dir: string, files: { name: string; bytes: OutputBytes | (() => OutputBytes | Promise<OutputBytes>) }[]): Promise<string[]> {
  await makeFolder(dir);
  const temps = files.map((f) => join(dir, `.${f.name}.${process.pid}.tmp`));
  let renaming = false;
  let deferred: NodeJS.Signals | null = null;
  const exitFor = (signal: NodeJS.Signals) => process.exit(signal === 'SIGINT' ? 130 : 143);
  const onSignal = (signal: NodeJS.Signals) => {
    if (renaming) {
      deferred = signal;
      return;
    }
    for (const t of temps) rmSync(t, { force: true });
    exitFor(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // Each file written synchronously, with a turn of the event loop between files for a signal to be handled: a
    // signal never finds a write in flight on another thread, which could create a temporary file after the
    // handler has removed them.
    for (const [i, f] of files.entries()) {
      writeWhole(temps[i]!, typeof f.bytes === 'function' ? await f.bytes() : f.bytes);
      await new Promise((resolve) => setImmediate(resolve));
    }
    renaming = true;
    const written: string[] = [];
    for (const [i, f] of files.entries()) {
      await rename(temps[i]!, join(dir, f.name));
      written.push(join(dir, f.name));
    }
    return written;
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (deferred) exitFor(deferred);
  }
}

/** A file's bytes, given whole or in pieces (a large JSON document), written synchronously. */
function writeWhole(path: string, bytes: OutputBytes): void {
  if (typeof bytes === 'string' || bytes instanceof Uint8Array) {
    writeFileSync(path, bytes, { flag: 'w' });
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const piece of bytes) {
      let done = 0;
      while (done < piece.length) done += writeSync(fd, piece, done, piece.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The output folder and any folders above it that are missing, one at a time. Not Node's `mkdir(…, { recursive })`:
 * where the system answers that a folder's parent is missing while the parent is there (as it does for a folder under
 * /proc), that one makes the parent and tries the folder again for ever, at full speed: `--out /proc/x` never
 * returned. Here each folder is made once, and the system's answer, whatever it is, goes to the user.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' || dirname(at) === at) throw error;
      return null;
    });
    if (found) break;
    missing.push(at);
    at = dirname(at);
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
