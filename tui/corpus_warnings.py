"""corpus.yaml warnings found together, told in one short notice.

Each warning as its own notice stacked five deep over 17 of 20 rows at 60x20 for 10 s (issue 13,
t13d fault 4). :func:`warnings_notice` makes one notice of them, as many as fit in a few lines of
a notice at the terminal's width, the rest counted; ``waic-reader index`` lists them all (the
library's status line says so too).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from waic_reader.index.corpus.text import one_line

# "corpus.yaml:9:5: duplicate key 'outlet' …": the place, then what is wrong.
PLACED = re.compile(r"^corpus\.yaml:(\d+):(\d+): (.*)$", re.DOTALL)
NOTICE_LINES = 4  # the notice's text lines at most (besides its title)
ITEM_CHARS = 70  # one warning's words at most, so a second one has room on a wide screen
LIST_ALL = "`waic-reader index` lists them all"
SHOW_ONE = "`waic-reader index` shows it whole"


def notice_width(screen_width: int) -> int:
    """Characters per line of a notice's text on a screen ``screen_width`` cells wide: Textual's
    Toast is 60 cells, at most half the screen, less its left border and padding (3 cells)."""
    return max(10, min(60, screen_width // 2) - 3)


def _where_what(warning: str) -> tuple[tuple[int, int], str]:
    """((line, column), what is wrong, "line 9: …") of a warning; unplaced ones sort first."""
    placed = PLACED.match(warning)
    if placed is None:
        return (0, 0), one_line(warning)
    line, col, what = placed.groups()
    return (int(line), int(col)), f"line {line}: {one_line(what)}"


def warnings_notice(warnings: Sequence[str], screen_width: int, *, gone: bool = False) -> str:
    """One notice's text for ``warnings`` (corpus.yaml warnings, ``corpus.yaml:LINE:COL: …``),
    at most :data:`NOTICE_LINES` lines of a notice on a screen ``screen_width`` cells wide:
    "5 problems in corpus.yaml: line 5: …; line 9: …; and 3 more: `waic-reader index` lists them
    all", in the file's order, each cut with "…" where it would take the room of the next.
    ``gone``: these no longer apply (fixed, or the file an entry named is back), said first. A
    single warning that fits is given whole, as written."""
    before = "No longer applies: " if gone else ""
    budget = notice_width(screen_width) * NOTICE_LINES
    if len(warnings) == 1 and len(before) + len(warnings[0]) <= budget:
        return before + warnings[0]
    items = [what for _, what in sorted(_where_what(w) for w in warnings)]
    if not items:
        return ""
    count = len(items)
    head = f"{before}{count} problem{'s' if count != 1 else ''} in corpus.yaml: "
    shown: list[str] = []
    for i, item in enumerate(items):
        rest = count - i - 1
        tail = f"; and {rest} more: {LIST_ALL}" if rest else f" ({LIST_ALL if count > 1 else SHOW_ONE})"
        room = budget - len(head) - len("; ".join(shown)) - (2 if shown else 0) - len(tail)
        if room < 16 and shown:  # too little room left to say anything of it: counted instead
            break
        shown.append(one_line(item, max(16, min(ITEM_CHARS, room))))
    rest = count - len(shown)
    tail = f"; and {rest} more: {LIST_ALL}" if rest else f" ({LIST_ALL if count > 1 else SHOW_ONE})"
    return head + "; ".join(shown) + tail


# -- start-up warnings, said together --------------------------------------------------------

LIST_KEY = "W"  # the app's key for the list of every warning (WarningsScreen)
TOAST_ROWS = 4  # a notice's rows besides its text: the gap above it, its padding, its title
# How long a warnings notice stays: Textual's own default (App.NOTIFICATION_TIMEOUT, 5 s). Held
# 12 s, the start-up notice covered the status line at 60x20 long after it was read (issue #13,
# N13, round s46-x); W lists every warning for as long as needed.
NOTICE_SECONDS = 5.0
# The narrowest screen whose notices say the warnings themselves: narrower, a notice's text is
# under 37 characters a line (:func:`notice_width`), and a warning said there wraps over most of a
# small screen's rows; the one short line (:func:`short_notice`) points to W instead (N13).
SAID_WIDTH = 80


def notice_height(message: str, screen_width: int) -> int:
    """Rows a notice of ``message`` takes on a screen ``screen_width`` cells wide: its text
    wrapped at :func:`notice_width` (at words, as Textual wraps it) and :data:`TOAST_ROWS`."""
    width = notice_width(screen_width)
    lines = textwrap.wrap(message, width, break_long_words=True, break_on_hyphens=False) or [""]
    return len(lines) + TOAST_ROWS


def notices_room(screen_height: int) -> int:
    """Rows the start-up notices may take together on a screen ``screen_height`` rows high: half
    of it (at 60x20 two notices took 17 of 20 rows and hid the library, issue 13, s21)."""
    return screen_height // 2


def short_notice(count: int) -> str:
    """The one short notice that stands for ``count`` warnings when theirs would not fit: "2
    warnings: W lists them", one line of a notice at 60 columns (:func:`notice_width`: 27
    characters) for up to 999 warnings."""
    return f"{count} warning{'s' if count != 1 else ''}: {LIST_KEY} lists them"


def said_together(notices: Sequence[tuple[str, int]], screen: tuple[int, int]) -> list[str] | None:
    """``notices`` ((message, warnings it tells), found at start-up) as they are shown on a
    screen of ``screen`` (width, height) cells: each as it is when all fit in
    :func:`notices_room` on a screen :data:`SAID_WIDTH` columns wide or more, else None (say
    :func:`short_notice` of them all instead)."""
    width, height = screen
    if width >= SAID_WIDTH and sum(notice_height(message, width) for message, _ in notices) <= notices_room(height):
        return [message for message, _ in notices]
    return None
