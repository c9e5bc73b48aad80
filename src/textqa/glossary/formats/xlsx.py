"""XLSX through openpyxl: one sheet, the contract's header in the first row, one entry a row."""
from __future__ import annotations

from ...errors import InputError
from ..load import COLUMNS
from . import needs, table_to_entries
from .tsv import cells

SHEET = "glossary"


def read(path: str):
    openpyxl = needs("openpyxl", path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise InputError(path, f"not a readable XLSX file: {exc}") from None
    try:
        sheet = book.worksheets[0]
        rows = [(n, list(values)) for n, values in enumerate(sheet.iter_rows(values_only=True), 1)
                if any(v not in (None, "") for v in values)]
    finally:
        book.close()
    rows = [(n, cells) for n, cells in rows if not str(cells[0] or "").lstrip().startswith("#")]
    return table_to_entries(path, rows)


def write(entries, path: str) -> None:
    openpyxl = needs("openpyxl", path)
    import io

    from . import write_bytes

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for e in entries:
        sheet.append(cells(e))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, as every field is: openpyxl would store it as a formula, lost on reading
    sheet.freeze_panes = "A2"
    buf = io.BytesIO()
    book.save(buf)
    write_bytes(path, buf.getvalue())
