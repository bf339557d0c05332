"""A byline's fields: "By Jane Roe · Halvik Post · 14 March 2025" is the author's name, the outlet
and the date, set apart by one separator. The one place that says what separates them (the date
rules read a date field from it, the outlet rule the outlet's), and what a field naming the
author's job rather than an outlet looks like ("By Jane Roe · Senior Reporter · 14 March 2025").
"""

from __future__ import annotations

import re

from waic_reader.index.corpus import letters

# What separates a byline's fields ("By Jane Roe · Halvik Post · 14 March 2025", "By X | date",
# "By X — Outlet — date", "By X / Outlet / date", "BY ANNA LIND - HARBOUR TIMES - March 3, 2025"):
# a middle dot, a bullet or a bar, or a dash, hyphen or slash with spaces around it (unspaced,
# "2025/03/14", "2025-03-14", "March 14–15" and "Lind-Smith" are dates, ranges and names).
FIELD_SEP = re.compile(r"\s*[·•|]\s*|\s+[—–/-]\s+")
# A byline's opening: "By", then the author's name (one to four capitalised words) as its first field.
_BY = re.compile(r"(?i)^\W{0,3}by\s+\S")
_NAME_FIELD = re.compile(rf"^(?i:by)\s+{letters.CAP_WORD}(?:\s+{letters.CAP_WORD}){{0,3}}$")
# A field naming the author's job, not an outlet: up to three words, then a newsroom role
# ("Senior Reporter", "Staff Writer", "Political Correspondent", "Contributing Editor").
_ROLE = re.compile(
    r"(?i)^(?:[\w'’&.-]+\s+){0,3}(?:reporter|correspondent|journalist|writer|editor|columnist|contributor"
    r"|photographer|producer|critic|analyst|intern|freelancer|bureau chief|staff|desk|team)s?$"
)
# An outlet's name in a field: a capital first, at most this many characters.
_OUTLET = re.compile(rf"^{letters.CAP}[\w&.'’ -]{{1,40}}$")


def is_byline(line: str) -> bool:
    """Whether ``line`` opens like a byline: "By", then a word."""
    return _BY.match(line) is not None


def fields(line: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each of ``line``'s fields, split at :data:`FIELD_SEP` (one field
    when there is no separator)."""
    out, pos = [], 0
    for sep in FIELD_SEP.finditer(line):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, len(line)))
    return out


def is_role(field: str) -> bool:
    """Whether a byline's field names the author's job ("Senior Reporter", "Staff Writer"), not an outlet."""
    return _ROLE.match(field.strip()) is not None


def outlet_field(line: str) -> str | None:
    """The outlet a byline of three fields or more names ("By Jane Roe · Halvik Post · 14 March
    2025" → "Halvik Post"): the first field between the author's name and the last field that
    reads as a name (a capital first, up to 40 characters) and is no job title ("By Jane Roe ·
    Senior Reporter · Halvik Post · …" → "Halvik Post"); None when there is none."""
    parts = [line[a:b].strip() for a, b in fields(line)]
    if len(parts) < 3 or _NAME_FIELD.match(parts[0]) is None or not parts[-1]:
        return None
    for part in parts[1:-1]:
        if _OUTLET.match(part) and not is_role(part):
            return part
    return None
