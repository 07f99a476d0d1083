/** Where a piece of data came from: a workbook cell, or a line and column of a text file. */
export interface Origin {
  /** The file as the user named it. */
  file: string;
  /** Worksheet name; absent for CSV/TSV files. */
  sheet?: string;
  /** A1-style reference (`E12`), for workbooks and, as Excel would show it, for CSV files too. */
  cell?: string;
  /** 1-based physical line in a text file. */
  line?: number;
  /** 1-based column (field number) in a text file. */
  column?: number;
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based row and column → `E12`. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
