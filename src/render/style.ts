/** The few text styles the terminal presenters use. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  boldUnderline(s: string): string;
}

const same = (s: string) => s;
export const PLAIN: Style = { red: same, yellow: same, green: same, dim: same, bold: same, underline: same, boldUnderline: same };

/**
 * Colours through chalk when they are wanted; plain text (and chalk never loaded) when not. Each style takes its one
 * text and nothing else: chalk's own functions join all their arguments, so `lines.map(c.dim)` printed each line
 * followed by its index and the whole list.
 */
export async function makeStyle(color: boolean): Promise<Style> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  const boldUnderline = c.bold.underline;
  return {
    red: (s) => c.red(s),
    yellow: (s) => c.yellow(s),
    green: (s) => c.green(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    underline: (s) => c.underline(s),
    boldUnderline: (s) => boldUnderline(s),
  };
}
