import type { PrintContext } from '../app/formats.js';
import type { CliText } from '../i18n/cli-text.js';
import type { Lang } from '../model/lang.js';

/** Where the printout goes: standard output, in colour when it is a terminal that takes it, as wide as it is. */
export function printContext(lang: Lang, t: CliText, shown: (path: string) => string): PrintContext {
  return { lang, t, color: wantColor(process.stdout), width: process.stdout.columns || 80, shown };
}

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org); FORCE_COLOR asks for it. */
export function wantColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  return !!stream.isTTY;
}

/** Write a printout to standard output, piece by piece (a JSON document of 10,000 units is tens of megabytes). */
export async function print(printout: Promise<Iterable<string | Uint8Array>>): Promise<void> {
  for (const piece of await printout) process.stdout.write(piece);
}
