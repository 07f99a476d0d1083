import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeAs, type EncodingName } from '../../src/read/encoding/decode.js';
import { tempDir } from './files.js';

/** One indicator row of a district's form: its label as districts write it, and the value cell as typed. */
export type FormRow = [label: string, value: string];

/**
 * A district's form as a CSV typed in Excel and saved (semicolons, Vietnamese number marks), in the encoding given:
 * the unit and period lines, a blank line, the header, then a numbered row for each indicator.
 */
export function formCsv(unit: string, rows: FormRow[], period = '6 tháng đầu năm 2023'): string {
  const lines = [`Đơn vị: ${unit};;;`, `Kỳ báo cáo: ${period};;;`, ';;;', 'STT;Nội dung;Đơn vị tính;Số liệu'];
  rows.forEach(([label, value], i) => {
    lines.push(`${i + 1};${label};;${value}`);
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** Write CSV forms into a new folder (`bao-cao/`), each in its encoding; returns the folder. */
export function formFolder(files: Record<string, { text: string; encoding?: EncodingName; bom?: boolean }>): string {
  const dir = join(tempDir('cnscd-forms-'), 'bao-cao');
  mkdirSync(dir, { recursive: true });
  for (const [name, f] of Object.entries(files)) writeFileSync(join(dir, name), encodeAs(f.text, f.encoding ?? 'utf-8', f.bom ?? false));
  return dir;
}
