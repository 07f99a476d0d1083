import type { Sheet } from '../model/sheet.js';
import { cellAt, cellText, originOf } from '../model/sheet.js';
import type { ReportedValue, TypedTotal, UnitReport, Unmatched } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { isColumnNumberRow, type TableHeader } from './header.js';
import { readValue } from './value.js';

export interface TableReading {
  rows: UnitReport[];
  totals: TypedTotal[];
  unmatched: Unmatched[];
  /** Rows that hold neither a unit nor a figure (notes, signatures). */
  otherRows: number[];
}

/** Layout B: one row per unit, one column per indicator; a `Tổng` row is kept apart, to be checked. */
export function readTable(file: string, sheet: Sheet, header: TableHeader, matcher: Matcher): TableReading {
  const unitCol = header.columns.find((c) => c.kind === 'unitName')!.column;
  const unitCodeCol = header.columns.find((c) => c.kind === 'unitCode')?.column;
  const indexCol = header.columns.find((c) => c.kind === 'index')?.column;
  const indicatorCols = header.columns.filter((c) => c.kind === 'indicator');
  const firstColumnOf = new Map<string, number>();
  for (const c of indicatorCols) if (!firstColumnOf.has(c.code!)) firstColumnOf.set(c.code!, c.column);
  const unknownCols = header.columns.filter(
    (c) => c.kind === 'unknown' || c.kind === 'label' || c.kind === 'value' || c.kind === 'measure' || c.kind === 'code',
  );
  const reading: TableReading = { rows: [], totals: [], unmatched: [], otherRows: [] };
  const unknownValues = new Map<number, string[]>(unknownCols.map((c) => [c.column, []]));

  for (let r = header.lastRow + 1; r <= sheet.rowCount; r++) {
    if (!sheet.rows.has(r)) continue;
    if (r === header.lastRow + 1 && isColumnNumberRow(sheet, r)) continue;
    const unitCell = cellAt(sheet, r, unitCol);
    const indexCell = indexCol ? cellAt(sheet, r, indexCol) : undefined;
    const unitText = cellText(unitCell).replace(/\s+/g, ' ').trim();
    const indexText = cellText(indexCell).trim();
    const values = new Map<string, ReportedValue>();
    const duplicates: ReportedValue[] = [];
    let anyValue = false;
    for (const c of indicatorCols) {
      const cell = cellAt(sheet, r, c.column);
      const rv = readValue(c.code!, c.header, cell, originOf(sheet, file, r, c.column));
      if (rv.status !== 'empty') anyValue = true;
      if (firstColumnOf.get(c.code!) === c.column) values.set(c.code!, rv);
      else if (rv.status !== 'empty') duplicates.push(rv);
    }
    const isTotal = matcher.isTotalLabel(unitText) || (indexText !== '' && matcher.isTotalLabel(indexText));
    if (isTotal) {
      reading.totals.push({ label: unitText || indexText, origin: (unitCell ?? indexCell)!.origin, values });
      continue;
    }
    const numbered = /^\d+\.?$/.test(indexText);
    if (!anyValue && !(unitText && numbered)) {
      reading.otherRows.push(r);
      continue;
    }
    for (const c of unknownCols) {
      const cell = cellAt(sheet, r, c.column);
      if (cell && !cell.mergedFrom && cellText(cell).trim()) unknownValues.get(c.column)!.push(cellText(cell).trim());
    }
    const codeCell = unitCodeCol ? cellAt(sheet, r, unitCodeCol) : undefined;
    const rowOrigin = originOf(sheet, file, r, unitCol);
    reading.rows.push({
      unit: unitText ? { value: unitText, text: unitText, origin: rowOrigin } : null,
      ...(codeCell && cellText(codeCell).trim()
        ? { unitCode: { value: cellText(codeCell).trim(), text: cellText(codeCell).trim(), origin: codeCell.origin } }
        : {}),
      period: null,
      info: {},
      values,
      duplicates,
      rowOrigin,
    });
  }
  for (const c of unknownCols) {
    const headerCell = cellAt(sheet, c.headerRow, c.column) ?? cellAt(sheet, header.lastRow, c.column);
    if (!headerCell) continue;
    const suggestion = matcher.suggest(c.header);
    reading.unmatched.push({
      kind: 'column',
      label: c.header,
      origin: headerCell.origin,
      values: unknownValues.get(c.column) ?? [],
      ...(suggestion ? { suggestion: { code: suggestion.code, label: suggestion.label } } : {}),
    });
  }
  return reading;
}
