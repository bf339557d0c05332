"""index/VERSIONS.md agrees with the version constants it documents.

Each section heading names a constant, its module and its current number ("now N"); the module must
hold that number and the section's newest line must be N. A merge that keeps one side's constant while
both sides' lines land in the log (the number documented but never shipped) leaves stored results of
the older code in use: caught here (round s36-rv, D8).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADING = re.compile(r"^## (?P<name>[A-Z_]+)\b[^\n]*\(`(?P<path>[^`]+)`, now (?P<now>\d+)\)$", re.M)


def sections() -> list[tuple[str, Path, int, str]]:
    text = (ROOT / "index" / "VERSIONS.md").read_text(encoding="utf-8")
    heads = list(HEADING.finditer(text))
    out = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        out.append((head["name"], ROOT / head["path"], int(head["now"]), text[head.end() : end]))
    return out


def test_every_constant_section_is_found() -> None:
    names = {name for name, *_ in sections()}
    assert {"ANALYSIS_VERSION", "READER_VERSION", "ENTITY_VERSION", "QUOTES_VERSION", "SCHEMA_VERSION"} <= names


def test_each_constant_is_its_heading_number_and_its_newest_line() -> None:
    for name, path, now, body in sections():
        value = re.search(rf"^{name} = (\d+)", path.read_text(encoding="utf-8"), re.M)
        assert value, f"{name} not set in {path}"
        assert int(value[1]) == now, f"{name} is {value[1]} in {path.name} but VERSIONS.md says now {now}"
        numbers = [int(n) for n in re.findall(r"^(\d+):", body, re.M)]
        assert numbers and max(numbers) == now, f"{name}: newest line {max(numbers, default=None)}, heading {now}"
