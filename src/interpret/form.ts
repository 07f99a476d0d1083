import type { Sheet } from '../model/sheet.js';
import { cellAt, cellText, originOf } from '../model/sheet.js';
import type { ReportedValue, Unmatched } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { breakdown } from './breakdown.js';
import { isColumnNumberRow, type TableHeader } from './header.js';
import { parseCount } from './number.js';
import { readValue } from './value.js';

export interface FormReading {
  values: Map<string, ReportedValue>;
  duplicates: ReportedValue[];
  unmatched: Unmatched[];
  /** Rows below the header that hold no indicator (notes, `Người lập: …`, signatures). */
  otherRows: number[];
}

/** Layout A: one row per indicator, the value in the `Số liệu` column. */
export function readForm(file: string, sheet: Sheet, header: TableHeader, matcher: Matcher): FormReading {
  const col = (kind: string) => header.columns.find((c) => c.kind === kind)?.column;
  const labelCol = col('label');
  const codeCol = col('code');
  const valueCol = col('value')!;
  const indexCol = col('index');
  const noteCol = col('note');
  const unknownCols = header.columns.filter((c) => c.kind === 'unknown' || c.kind === 'indicator');
  const reading: FormReading = { values: new Map(), duplicates: [], unmatched: [], otherRows: [] };
  const unknownValues = new Map<number, string[]>(unknownCols.map((c) => [c.column, []]));
  const add = (rv: ReportedValue) => {
    if (reading.values.has(rv.code)) reading.duplicates.push(rv);
    else reading.values.set(rv.code, rv);
  };

  for (let r = header.lastRow + 1; r <= sheet.rowCount; r++) {
    if (!sheet.rows.has(r)) continue;
    if (r === header.lastRow + 1 && isColumnNumberRow(sheet, r)) continue;
    const labelCell = labelCol ? cellAt(sheet, r, labelCol) : undefined;
    const codeCell = codeCol ? cellAt(sheet, r, codeCol) : undefined;
    const valueCell = cellAt(sheet, r, valueCol);
    const indexCell = indexCol ? cellAt(sheet, r, indexCol) : undefined;
    const label = cellText(labelCell).replace(/\s+/g, ' ').trim();
    const codeText = cellText(codeCell).trim();
    const valueText = cellText(valueCell).trim();
    const code = (codeText ? matcher.indicatorByCode(codeText) : undefined) ?? (label ? matcher.indicatorByLabel(label) : undefined);
    // A row that is one cell across the table (a title or a note over merged cells): its value cell only repeats it.
    const across = !!valueCell?.mergedFrom && (labelCell?.mergedFrom === valueCell.mergedFrom || labelCell?.origin.cell === valueCell.mergedFrom);
    if (!code && across) {
      reading.otherRows.push(r);
      continue;
    }

    if (code) {
      const rv = readValue(code, label || codeText, valueCell, originOf(sheet, file, r, valueCol));
      // A figure typed into the note column with the value cell left empty: in the wrong column, and said so.
      const noteCell = noteCol ? cellAt(sheet, r, noteCol) : undefined;
      if (rv.status === 'empty' && noteCell && parseCount(cellText(noteCell)).kind === 'integer') {
        rv.elsewhere = {
          raw: cellText(noteCell).trim(),
          origin: originOf(sheet, file, r, noteCol!),
          column: header.columns.find((c) => c.column === noteCol)?.header ?? '',
        };
      }
      add(rv);
      for (const part of breakdown(rv, matcher)) add(part);
    } else if (label || codeText || valueText) {
      const numbered = indexCell && /^\d+([.,]\d+)*\.?$/.test(cellText(indexCell).trim());
      if (valueText || numbered || codeText) {
        const suggestion = matcher.suggest(label || codeText);
        reading.unmatched.push({
          kind: 'row',
          label: label || codeText,
          origin: (labelCell ?? codeCell ?? valueCell)!.origin,
          values: valueText ? [valueText] : [],
          ...(suggestion ? { suggestion: { code: suggestion.code, label: suggestion.label } } : {}),
        });
      } else {
        reading.otherRows.push(r);
      }
    } else {
      reading.otherRows.push(r);
    }
    for (const c of unknownCols) {
      const cell = cellAt(sheet, r, c.column);
      if (cell && !cell.mergedFrom && cellText(cell).trim()) unknownValues.get(c.column)!.push(cellText(cell).trim());
    }
  }
  for (const c of unknownCols) {
    const headerCell = cellAt(sheet, c.headerRow, c.column);
    if (!headerCell) continue;
    reading.unmatched.push({ kind: 'column', label: c.header, origin: headerCell.origin, values: unknownValues.get(c.column) ?? [] });
  }
  return reading;
}
