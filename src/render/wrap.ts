/** Text in lines of at most `width` characters, broken between words (a longer word has a line of its own); colour
 * codes take no room. For the terminal, and the chart's title. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
