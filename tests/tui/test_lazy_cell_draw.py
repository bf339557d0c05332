"""A table's LazyCell draws its Content's segments itself (issue 13, round s42-p).

Reported: the first ``E`` and ``Q`` of a session on 221 articles took 0.32–0.57 s, most of the UI
thread's share drawing the ~350 cells in view. Each LazyCell handed Rich its Content, which Rich
cast (``Content.__rich__``) to a ``Segments`` and rendered a level deeper: ~a fifth of drawing a
cell. The cell now yields the segments that cast made; what is drawn is the same."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.padding import Padding
from rich.segment import Segment
from textual.content import Content, Span

from waic_reader.tui.widgets.sheet_table import LazyCell

WIDTH = 12  # a count column's width with DataTable's padding

CELLS = {
    # a count cell of the matrix ("3 +1": the dim boilerplate count beside the bold one)
    "count": lambda: Content.assemble(Content.styled("3", "bold"), Content.styled(" +1", "dim")),
    # a plain name cut to its column, wider than it (Rich crops it as before)
    "plain": lambda: Content("Hiroshi Ueda of the Bank of Japan"),
    # a wide-character name with a style over part of it
    "cjk": lambda: Content("植田和男 総裁", [Span(0, 4, "italic")]),
}


def drawn(cell: object) -> list[list[Segment]]:
    """``cell`` drawn as DataTable draws a cell of a one-line row: padded, one line, not wrapped."""
    console = Console(width=80, color_system="truecolor")
    options = console.options.update_dimensions(WIDTH, 1).update(no_wrap=True)
    return console.render_lines(Padding(cell, (0, 1)), options)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", sorted(CELLS))
def test_a_lazy_cell_draws_as_its_content_without_the_cast(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    make = CELLS[kind]
    expected = drawn(make())  # the Content itself, cast by Rich as before
    casts: list[Content] = []
    cast = Content.__rich__

    def counted(self: Content):  # type: ignore[no-untyped-def]
        casts.append(self)
        return cast(self)

    monkeypatch.setattr(Content, "__rich__", counted)
    assert drawn(LazyCell(make)) == expected  # the look unchanged
    assert casts == []  # and the Content never cast to a Segments to draw it
