"""Jumps into the reader that bring their own targets: a fact's values (FactJump) looked for again
in an edited article (refind_values), and what a step into another article walks (Walk)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from waic_reader.index.analysis.facts import FactValue

if TYPE_CHECKING:
    from waic_reader.index.workspace import Opened, Workspace


@dataclass(frozen=True, slots=True)
class FactJump:
    """A jump to a fact's value: the fact's ``label`` ("death toll"), its ``values`` as the
    screen jumped from lists them, ``index``, the one jumped to (then the one n / N is on),
    ``origin``, that screen as a notice names it ("the fact sheet", "the timeline"), and
    ``stamps``, each value's file (size, mtime in ns) when the values were taken.

    In the reader the figure is the current target and n / N step through the other values,
    into their articles. An article whose file changed since (or whose text no longer holds a
    value at its offsets) has its values looked for in the new text as it opens
    (``Workspace.locate_figures``): found, they are highlighted there; gone, they are left out
    of the values (the count says so), and a step onto one goes on to the next value."""

    label: str
    values: tuple[FactValue, ...]
    index: int
    # Named by the notice when an article changed since: the timeline's jumps were said to come
    # from the fact sheet, which the user may never have opened.
    origin: str
    stamps: Mapping[str, tuple[int, int]] = field(default_factory=dict)


# A fact's values in an article opened, looked for again in its new text (see refind_values):
# each value's index in the jump and what was found for it (None: gone), and the file's stamp.
Refound = tuple[dict[int, FactValue | None], tuple[int, int] | None]


def refind_values(ws: Workspace, opened: Opened, fact: FactJump) -> Refound | None:
    """The values of ``fact`` in ``opened``'s article, looked for in its text when its file
    changed since they were taken (or a value's words are no longer at its offsets); None when
    nothing changed. Analyses the text: called in the reader's worker."""
    doc = opened.article.doc
    mine = [i for i, v in enumerate(fact.values) if v.doc == doc]
    if not mine:
        return None
    stamp = ws.file_stamp(doc)
    text = opened.article.text
    moved = any(text[v.start : v.end] != v.text for v in (fact.values[i] for i in mine))
    if not moved and (doc not in fact.stamps or fact.stamps[doc] == stamp):
        return None
    found = ws.locate_figures(opened, [fact.values[i] for i in mine])
    return dict(zip(mine, found, strict=True)), stamp


def same_words(words: str) -> re.Pattern[str] | None:
    """A pattern matching ``words`` however the text spaces them: each run of whitespace in
    ``words`` matches any run (a line break of a hard-wrapped file, two spaces). A mention's or
    quote's words are kept with single spaces, the file may break them over lines. None when
    ``words`` holds no word."""
    parts = words.split()
    return re.compile(r"\s+".join(map(re.escape, parts))) if parts else None


# What a step into another article walks: the search results by their matches (n past the last
# match) or whole (the list opened with: [ / ]), the library's order, the followed entity's
# mentions, or the fact's values.
Walk = tuple[int, str]  # (delta, "matches" | "results" | "library" | "follow" | "fact")


RESUME_CONTEXT = 40  # characters either side that find the current match again in an edited text
