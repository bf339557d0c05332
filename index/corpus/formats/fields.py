"""The one rule for a metadata value, wherever it is written (``corpus.yaml``, front matter, a
record's field): text, or a number read as written (``url: 42`` is "42", YAML's ``2025-03-14``
its ISO form), else not read. A list, a mapping, true/false or an empty value where text is
expected is a metadata error naming its place, and the value is ignored: ``date: [2025-03-14,
2025-03-15]`` names no one date, and joining ``outlet: [Reuters, AP]`` into "Reuters, AP" makes
an outlet that does not exist. The exceptions are said where they are read: ``tags`` (a list,
or one string of comma-separated tags), a record's ``outlet``/``author`` as an object with a
``name`` (NewsAPI's ``source``), a record's ``author`` list, and MongoDB's extended JSON date.
"""

from __future__ import annotations

import re
from typing import Any

from waic_reader.index.corpus.text import quoted

# The truncation marker news APIs put at the end of a cut text ("… [+2345 chars]", NewsAPI's
# content field): the export's note, not the article's words (nor a figure of 2345 "chars").
# The marker is the ellipsis and the bracket together (NewsAPI's documentation: content is
# "truncated to 200 chars" and ends "… [+N chars]"): the ellipsis (one character or three
# dots) before the bracket marks the cut, said by the note, so it goes with it (t13ar N16).
_CUT_MARKER = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\s*(\d[\d,]*)\s*(?:chars?|characters)\]\s*$", re.IGNORECASE)


def cut_marker(text: str) -> tuple[str, int | None]:
    """``text`` without a trailing truncation marker (the bracket and the ellipsis before it),
    and the number of characters it says were left out (None when it has none)."""
    m = _CUT_MARKER.search(text)
    if m is None:
        return text, None
    return text[: m.start()], int(m.group(1).replace(",", ""))


# An e-mail address as feeds and exports write one beside (or instead of) a name.
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESS_AND_NAME = re.compile(
    rf"^\s*<?{EMAIL_ADDRESS}>?\s*\((?P<after>[^()]+)\)\s*$|^\s*(?P<before>[^<>()@]+?)\s*[(<]\s*{EMAIL_ADDRESS}\s*[)>]\s*$"
)
_ADDRESS_ONLY = re.compile(rf"^\s*[<(]?\s*(?:mailto:)?{EMAIL_ADDRESS}\s*[>)]?\s*$", re.IGNORECASE)


def author_name(value: str) -> str | None:
    """The person's name in an author field that also gives an e-mail address, or None when it
    gives only an address (an address is no name to show).

    RSS 2.0's ``<author>`` is an address, by convention followed by the name in brackets
    ("news@maritimedaily.example (Tom Reid)"); feedparser joins an Atom author's name and
    address the other way round ("Ann Lee (ann@example.org)"), and mail headers write
    "Tom Reid <tom@example.org>". Any other text is returned as it is (stripped). Acceptance
    t13af N15: the address and brackets were shown as the author's name."""
    if _ADDRESS_ONLY.match(value):
        return None
    if (m := _ADDRESS_AND_NAME.match(value)) is not None:
        return (m.group("after") or m.group("before")).strip() or None
    return value.strip() or None


def as_text(value: Any) -> str | None:
    """``value`` as metadata text, or None when it is no text (see :func:`not_text`)."""
    if hasattr(value, "isoformat") and not isinstance(value, str):  # YAML reads 2025-03-14 as a date
        return str(value.isoformat())
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value)
    return None


def kind(value: Any) -> str:
    """What ``value`` is, as a note says it ("a list", "a mapping", "true", "empty")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or (isinstance(value, str) and not value.strip()):
        return "empty"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def not_text(key: str, value: Any) -> str:
    """The one message for a value that is no text: ``'date' must be text, not a list``."""
    return f"{quoted(key)} must be text, not {kind(value)}"


def tag_list(value: Any) -> tuple[list[str], bool]:
    """Tags from a ``tags`` value, and whether it was readable: a list of texts (numbers as
    written; entries that are lists or mappings dropped), or one string of comma-separated tags
    (a number is one tag). A mapping or true/false is unreadable."""
    if isinstance(value, list):
        return [t for t in (as_text(v) for v in value) if t is not None and t.strip()], True
    one = as_text(value)
    if one is None:
        return [], value is None
    return [t.strip() for t in one.split(",") if t.strip()], True
