"""Turning untrusted strings into display objects that Textual will never parse as markup."""

from __future__ import annotations

from typing import cast

from rich.cells import cell_len
from rich.highlighter import Highlighter
from rich.text import Text
from textual.content import Content, Span

from waic_reader.index.corpus.text import one_line, visible, visible_same_length


def plain(text: str, style: str = "") -> Content:
    """Literal text with control characters made visible; ``[b]`` stays ``[b]``."""
    return Content.styled(visible(text), style) if style else Content(visible(text))


class StandIns(Highlighter):
    """An ``Input`` highlighter that shows typed or pasted control characters as stand-ins
    (one character each, so the cursor stays where it is) instead of sending them raw to
    the terminal; the value itself is unchanged."""

    def __call__(self, text: str | Text) -> Text:
        plain_text = text.plain if isinstance(text, Text) else text
        return Text(visible_same_length(plain_text), no_wrap=True, overflow="ignore", end="")

    def highlight(self, text: Text) -> None:
        return None


def line(text: str, width: int | None = None, style: str = "") -> Content:
    return plain(one_line(text, width), style)


# The fewest cells a doc id cut by id_keeping keeps however narrow its line (where the line has
# room, each screen gives it more, up to whole). Three, because an id does three jobs:
# - ID_FLOOR: beside its article's label (the mentions list: the label, up to 40 cells, says
#   which article; the id, cut in its middle, only tells apart articles of one label): the least.
# - HEAD_ID_FLOOR: as the head itself, in the outlet's place (a search result with no outlet): as
#   many cells as an outlet heading a result keeps, so the titles beside them start alike.
# - TWIN_ID_FLOOR: after the title of a result whose head reads like another's (search twins): it
#   is all that tells them apart, so it keeps its distinct tail (id_keeping's ``tail``, up to
#   a saved copy's "-saved2" or a feed item's "#12") after enough of its start to address it.
ID_FLOOR = 16
HEAD_ID_FLOOR = 24
TWIN_ID_FLOOR = 28


def id_keeping(doc: str, width: int, tail: str = "") -> str:
    """``doc`` (a doc id, as shown: control characters' stand-ins already made) in ``width``
    cells: whole when it fits; else, with ``tail`` (its part no other id shown beside it shares:
    :func:`~waic_reader.index.analysis.facts.display.distinct_tails`), its start up to what fits,
    "…" and the tail ("web/bayside-le…saved2"); else cut in its middle, both ends kept
    ("updat…y-12": the start addresses it, the end tells feed items and saved copies apart). The
    one way every screen cuts an id: cut at its end, "web/alpine-courier-derailment…" and
    "web/alpine-courier-derailment" read alike (t13aq N13; t13an N17 before it)."""
    if cell_len(doc) <= width:
        return doc
    if tail and cell_len(tail) + 4 <= width and doc.endswith(tail):
        start = one_line(doc[: len(doc) - len(tail)], width - cell_len(tail), cells=cell_len)
        return start + tail
    return one_line(doc, width, middle=True, cells=cell_len)


def spans_content(text: str, styles: list[tuple[int, int, str]]) -> Content:
    """``text`` with styles applied at character spans (offsets into ``text``), later spans over
    earlier ones (as ``Content.stylize`` applied one after another). Made with its spans at once:
    a stylize per span copies the spans before it, and the 40,000 highlights of a 2 MB article
    took seconds (t13x F15)."""
    content = Content(visible_same_length(text))
    spans = [Span(start, end, style) for start, end, style in styles if style and 0 <= start < end <= len(text)]
    return Content(content.plain, spans, strip_control_codes=False) if spans else content


def column_label(content: Content) -> str:
    """``content`` as a ``DataTable.add_column`` label. DataTable shows a Content label as it
    is (nothing parsed as markup), but its hint says ``str | Text``: this cast is the one place
    that says so. Never pass a real ``str`` label: DataTable would parse it as markup."""
    return cast(str, content)


# Where a word longer than a line may be broken, after the character: a path's or a file name's
# own joints ("courier-" / "evacuations.html", "web/" / "story.txt").
_WORD_JOINTS = "/-_.:,"


def wrap_words(text: str, width: int) -> list[str]:
    """``text`` (one line, spaces collapsed as :func:`one_line` does) as lines of at most
    ``width`` cells (``width`` < 1: one line), broken at spaces; a word longer than a line is
    broken after the last of its joints (:data:`_WORD_JOINTS`) that fits, else at the width. A
    word is never split so that a piece of one or two characters stands on a line of its own
    ("courier.htm" / "l" was shown at 13 columns, "Europe/Osl" / "o)" at 12: t13 round s53-m);
    such a tail stays with the piece before it, which then takes the line's width whole."""
    text = one_line(text)
    if width < 1 or cell_len(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        joined = f"{current} {word}" if current else word
        if cell_len(joined) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        current = word
        while cell_len(current) > width:
            head, current = _break_word(current, width)
            lines.append(head)
    if current:
        lines.append(current)
    return lines


def _break_word(word: str, width: int) -> tuple[str, str]:
    """``word`` (longer than ``width`` cells) as its first line and the rest: after its last
    joint that fits (the rest three characters or more), else as many characters as fit; a rest
    of one or two characters is shortened off the head instead ("courier.h" / "tml")."""
    fit = len(word)
    while fit > 1 and cell_len(word[:fit]) > width:
        fit -= 1
    cut = max((i + 1 for i, c in enumerate(word[:fit]) if c in _WORD_JOINTS and len(word) - (i + 1) >= 3), default=0)
    if cut < fit // 2:
        cut = fit
    if 0 < len(word) - cut < 3 and cut > 3:
        cut = len(word) - 3
    return word[:cut], word[cut:]
