"""The help (``?``) reads at 60x20: its descriptions wrap within their own column, its keys are
never split (t13m F19: at 60 columns each row wrapped as one line, a description running on under
the key column from the dialog's left edge, "came from" under "esc").

Measured on the screen as drawn (the help's body scrolled from top to bottom, a page at a time):
every key each row lists appears whole on some line, in the key column; every other line of a row
(its description run on) is blank left of the description column; no line is wider than the
body. The report's screen (the reader) and two others (the library; compare, narrower still),
and a snapshot of the reader's help at 60x20.
"""

from __future__ import annotations

import re

import pytest
from snapshot_app import make_app, settle, then
from textual.pilot import Pilot
from textual.widgets import Static

from waic_reader.tui.screens.help import HelpScreen


async def lines_drawn(pilot: Pilot[None]) -> tuple[list[str], int]:
    """The help body's lines as drawn, top to bottom (the body scrolled a page at a time), and
    the body's width."""
    app = pilot.app
    body = app.screen.query_one("#help-body")
    keys = app.screen.query_one("#help-keys", Static)
    width = keys.region.width
    seen: list[str] = []
    y = 0
    while True:
        body.scroll_to(y=y, animate=False)
        await pilot.pause()
        top = round(body.scroll_y)
        strips = app.screen._compositor.render_strips()
        region = keys.region.intersection(body.region)
        page = [
            "".join(s.text for s in strips[row].crop(region.x, region.right)) for row in range(region.y, region.bottom)
        ]
        seen[top:] = page  # a page overlapping the last one (the bottom reached) replaces its lines
        if top >= body.max_scroll_y:
            return seen, width
        y = top + len(page)


@pytest.mark.parametrize(
    ("open_doc", "compare", "size"),
    [
        ("003", None, (60, 20)),  # the report: the reader's help at 60x20
        (None, None, (60, 20)),  # the library's
        (None, ("003", "004"), (52, 18)),  # compare's, narrower
    ],
)
async def test_help_descriptions_in_their_column_keys_whole(
    open_doc: str | None, compare: tuple[str, str] | None, size: tuple[int, int]
) -> None:
    app = make_app(open_doc=open_doc, compare=compare)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        groups = help_screen.groups()
        lines, width = await lines_drawn(pilot)
    rows = [(keys, text) for rows in groups.values() for keys, text in rows]
    # Where descriptions start: after the first row's keys and the gap.
    first = next(line for line in lines if line.strip() and line.strip() not in groups)
    column = len(first) - len(first.lstrip()) + len(rows[0][0].split(", ")[0]) + 2
    problems: list[str] = []
    for line in lines:
        drawn = line.rstrip()
        if not drawn or drawn in groups:
            continue
        left, right = line[:column], line[column:]
        if left.strip():
            # a line of keys: keys (each whole, comma after all but the last) then the gap
            shown = [k for k in re.split(r",\s*", left.strip()) if k]
            known = {k for keys, _ in rows for k in keys.split(", ")}
            if not set(shown) <= known or not left.endswith("  "):
                problems.append(f"key column: {line!r}")
        elif right.startswith(" "):
            problems.append(f"not in the description column: {line!r}")
    joined = "\n".join(line[:column] for line in lines)
    for keys, _ in rows:
        for key in keys.split(", "):
            if not re.search(rf"(?<![^\s,]){re.escape(key)}(?![^\s,])", joined):
                problems.append(f"key split or missing: {key!r}")
    assert all(len(line.rstrip()) <= width for line in lines)
    assert not problems, "\n".join(problems)


def test_help_snapshot_60x20(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The reader's help at 60x20: keys right-aligned in their column ("shift+space," over "pgup"
    beside "Page up"), each description wrapped beside its keys, the title and foot lines."""
    assert snap_compare(make_app(open_doc="003"), terminal_size=(60, 20), run_before=then("question_mark"))
