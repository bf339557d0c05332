"""Terminal-safe output shared by the CLI commands and the TUI's exports."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from waic_reader.index.corpus.text import visible

# JSON escapes only C0; C1 controls, DEL and bidi/line-separator characters would still reach
# a terminal raw. Escaping them keeps the JSON valid and decoding to the original text. Lone
# surrogates (the bytes of a file name or argument that are not UTF-8) cannot be written as
# UTF-8 at all: escaped too, so the output is always valid UTF-8.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_text(data: Any, indent: int | None = 2) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit_json(data: Any) -> None:
    sys.stdout.write(json_text(data) + "\n")


def out(line: str = "") -> None:
    sys.stdout.write(visible(line) + "\n")
