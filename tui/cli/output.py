"""Terminal-safe output shared by the CLI commands and the TUI's exports."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import orjson

from waic_reader.index.corpus.text import visible

# JSON escapes only C0; C1 controls, DEL and bidi/line-separator characters would still reach
# a terminal raw. Escaping them keeps the JSON valid and decoding to the original text. Lone
# surrogates (the bytes of a file name or argument that are not UTF-8) cannot be written as
# UTF-8 at all: escaped too, so the output is always valid UTF-8.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape_unsafe(text: str) -> str:
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def json_text(data: Any, indent: int | None = 2) -> str:
    return _escape_unsafe(json.dumps(data, ensure_ascii=False, indent=indent))


def _record(item: Any) -> str:
    """One record as compact JSON text (no space after ``,`` or ``:``), as orjson writes it."""
    try:
        return orjson.dumps(item, option=orjson.OPT_NON_STR_KEYS).decode()
    except orjson.JSONEncodeError:
        # A lone surrogate (a name's undecodable byte) is no UTF-8: orjson refuses it. The
        # standard encoder writes it, and _escape_unsafe then escapes it; the same layout.
        return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def records_json_text(data: Mapping[str, Any]) -> str:
    """JSON text of an object whose list values hold records, one record per line.

    The same JSON value as :func:`json_text` (same keys, same order); only the whitespace
    differs: each element of a top-level list is written compactly on its own line (one line
    per record keeps large outputs readable and ``grep``-able). Records are encoded by orjson:
    20,000 rows of ``list --json`` in ~30 ms, where the standard library's C encoder took
    ~120 ms (called per record) and its indenting one ~4x that.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    fields: list[str] = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            rows = ",\n    ".join(map(_record, value))
            fields.append(f"  {encode(key)}: [\n    {rows}\n  ]")
        else:
            fields.append(f"  {encode(key)}: {encode(value)}")
    return _escape_unsafe("{\n" + ",\n".join(fields) + "\n}")


def emit_json(data: Any) -> None:
    sys.stdout.write(json_text(data) + "\n")


def out(line: str = "") -> None:
    sys.stdout.write(visible(line) + "\n")


def _cells() -> tuple[Callable[[str], int], Callable[[str, int], str]]:
    """Rich's terminal cell widths (a CJK character takes two cells), imported only when some
    text is not ASCII (where a character is one cell)."""
    from rich.cells import cell_len, set_cell_size

    return cell_len, set_cell_size


def _ascii_fit(text: str, size: int) -> str:
    return text[:size].ljust(size)


def text_columns(rows: Sequence[Sequence[str]], caps: Sequence[int | None], right: Sequence[bool] = ()) -> list[str]:
    """Lines of a plain-text table: each column as wide, in terminal cells, as its widest cell
    (at most ``caps[i]`` cells, a longer cell cut with "…"; None: never cut), two spaces apart;
    ``right[i]`` right-aligns a column. The last column is not padded. Cells should be one line
    with control characters already shown as stand-ins (``visible``), so widths are as shown."""
    if not rows:
        return []
    width: Callable[[str], int]
    fit: Callable[[str, int], str]
    if all(cell.isascii() for row in rows for cell in row):
        width, fit = len, _ascii_fit
    else:
        cell_len, set_cell_size = _cells()

        # Rich measures every character; an ASCII cell (most of them, even in a corpus with
        # CJK titles) is as wide as it is long: 20,000 rows listed in 0.2 s less.
        def width(text: str) -> int:
            return len(text) if text.isascii() else cell_len(text)

        def fit(text: str, size: int) -> str:
            return _ascii_fit(text, size) if text.isascii() else set_cell_size(text, size)

    n = len(rows[0])
    # Column by column, each cell measured once (20,000 rows × 5 cells: measuring each cell for
    # the cap, the column width and the padding was most of `list`'s time).
    columns = [[row[i] for row in rows] for i in range(n)]
    sizes = [[width(cell) for cell in column] for column in columns]
    for i, cap in enumerate(caps[:n]):
        if cap is None:
            continue
        column, size = columns[i], sizes[i]
        for r, w in enumerate(size):
            if w > cap:
                column[r] = fit(column[r], cap - 1).rstrip() + "…"
                size[r] = width(column[r])
    widths = [max(size) for size in sizes]
    padded: list[list[str]] = []
    for i in range(n):
        column, size, w = columns[i], sizes[i], widths[i]
        if i == n - 1 and not (i < len(right) and right[i]):
            padded.append(column)  # the last column is not padded
        elif i < len(right) and right[i]:
            padded.append([" " * (w - k) + cell for cell, k in zip(column, size, strict=True)])
        else:
            padded.append([cell + " " * (w - k) for cell, k in zip(column, size, strict=True)])
    return ["  ".join(parts) for parts in zip(*padded, strict=True)]
