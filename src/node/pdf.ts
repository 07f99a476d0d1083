import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice's command on this machine: `CNSCD_SOFFICE`, else `soffice` or `libreoffice` on the PATH. */
export async function findSoffice(): Promise<string | null> {
  const given = process.env.CNSCD_SOFFICE;
  if (given) return existsSync(given) ? given : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  if (process.platform === 'win32') dirs.push('C:\\Program Files\\LibreOffice\\program');
  if (process.platform === 'darwin') dirs.push('/Applications/LibreOffice.app/Contents/MacOS');
  for (const dir of dirs) for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** LibreOffice had not finished when the time allowed ran out, and was stopped. */
export class PdfTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`LibreOffice stopped after ${seconds} s`);
  }
}

/**
 * The time LibreOffice is given for a report of `units` units: two minutes, and 60 ms a unit beyond (it laid out the
 * 3,321-commune report, 146 pages, in 75 s here; an office machine may take twice as long).
 */
export function pdfTimeoutMs(units: number): number {
  return 120_000 + 60 * units;
}

/**
 * Convert a .docx to a .pdf beside it with LibreOffice, headless, in a private profile (so a LibreOffice the user
 * has open does not block it). The PDF appears whole or not at all. Returns its path, or throws with LibreOffice's
 * own words, or PdfTimeout when it ran past `timeoutMs` and was stopped.
 */
export async function convertToPdf(soffice: string, docx: string, timeoutMs = 120_000): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'cnscd-pdf-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    const out = join(work, 'out');
    let timedOut = false;
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, docx], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('error', reject);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stderr: err });
      });
    });
    if (timedOut) throw new PdfTimeout(Math.round(timeoutMs / 1000));
    const produced = join(out, basename(docx).replace(/\.docx$/i, '.pdf'));
    if (code !== 0 || !existsSync(produced)) throw new Error(stderr.trim() || `exit ${code}`);
    const target = docx.replace(/\.docx$/i, '.pdf');
    await rename(produced, target).catch(async () => {
      // Another disk: copy through a temporary name beside the target, then rename.
      const { copyFile } = await import('node:fs/promises');
      const temp = `${target}.${process.pid}.tmp`;
      await copyFile(produced, temp);
      await rename(temp, target);
    });
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
