"""Terminal-safe output shared by the CLI commands and the TUI's exports."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
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
