#!/usr/bin/env python3
"""Reads an .xlsx with openpyxl (Debian's python3-openpyxl) and prints what the tests check, as JSON:
each sheet's name, frozen pane, column widths and every cell's type and value. Dates are printed as
YYYY-MM-DD with type "d"; numbers with type "n"; text with type "s"; empty cells are null."""
import datetime
import json
import sys

import openpyxl


def cell(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, datetime.datetime):
        return {"t": "d", "v": v.date().isoformat(), "f": c.number_format}
    if isinstance(v, datetime.date):
        return {"t": "d", "v": v.isoformat(), "f": c.number_format}
    if isinstance(v, bool):
        return {"t": "b", "v": v}
    if isinstance(v, (int, float)):
        return {"t": "n", "v": v, "f": c.number_format}
    return {"t": "s", "v": str(v)}


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": []}
    for ws in book.worksheets:
        widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
        rows = [[cell(c) for c in row] for row in ws.iter_rows()]
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths, "rows": rows})
    sys.stdout.write(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
