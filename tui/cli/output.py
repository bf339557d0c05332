"""Terminal-safe output shared by the CLI commands and the TUI's exports."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

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


def records_json_text(data: Mapping[str, Any]) -> str:
    """JSON text of an object whose list values hold records, one record per line.

    The same JSON value as :func:`json_text` (same keys, same order); only the whitespace
    differs: each element of a top-level list is written compactly on its own line. Any
    ``indent`` makes :mod:`json` fall back to its pure-Python encoder, ~4x slower than the C one
    (0.8 s against 0.2 s for ``list --json`` at 20,000 articles, ``tests/perf/bench.py --only
    list``), while one line per record keeps large outputs readable and ``grep``-able.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder
    fields: list[str] = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            rows = ",\n".join("    " + encode(item) for item in value)
            fields.append(f"  {encode(key)}: [\n{rows}\n  ]")
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
    shown = [list(row) for row in rows]
    for i, cap in enumerate(caps[:n]):
        if cap is None:
            continue
        for row in shown:
            if width(row[i]) > cap:
                row[i] = fit(row[i], cap - 1).rstrip() + "…"
    widths = [max(width(row[i]) for row in shown) for i in range(n)]
    lines = []
    for row in shown:
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - width(cell))
            if i == n - 1 and not (i < len(right) and right[i]):
                parts.append(cell)
            else:
                parts.append(pad + cell if i < len(right) and right[i] else cell + pad)
        lines.append("  ".join(parts))
    return lines
