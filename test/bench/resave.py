"""Write a bench corpus's workbooks again with a Python library, to time the tool on files as that library writes them.

    python3 test/bench/resave.py openpyxl|xlsxwriter SRC DST

SRC is a corpus the bench wrote (e.g. /tmp/cnscd-bench-corpus-3321-1); DST gets every workbook of it loaded with
openpyxl and saved again by openpyxl (inline strings) or by XlsxWriter (every cell written again, shared strings), its
CSV files copied as they are, and DST.json the sums from SRC.json, so that

    node test/bench/bench.mjs --corpus DST

checks the totals. Needs `pip install openpyxl xlsxwriter`; not part of `npm test`.
"""
import os
import shutil
import sys

import openpyxl


def main() -> None:
    writer, src, dst = sys.argv[1:4]
    if writer not in ("openpyxl", "xlsxwriter"):
        sys.exit("writer: openpyxl or xlsxwriter")
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        source, target = os.path.join(src, name), os.path.join(dst, name)
        if not name.endswith(".xlsx"):
            shutil.copyfile(source, target)
            continue
        book = openpyxl.load_workbook(source)
        if writer == "openpyxl":
            book.save(target)
            continue
        import xlsxwriter

        out = xlsxwriter.Workbook(target)
        for sheet in book.worksheets:
            written = out.add_worksheet(sheet.title)
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is not None:
                        written.write(cell.row - 1, cell.column - 1, cell.value)
        out.close()
    marker = src.rstrip("/") + ".json"
    if os.path.exists(marker):
        shutil.copyfile(marker, dst.rstrip("/") + ".json")


if __name__ == "__main__":
    main()
