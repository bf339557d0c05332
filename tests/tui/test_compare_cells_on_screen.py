"""Compare styles a row's cells (entities, differing words) when they are first drawn, not all
on opening: the layout needs only their text. Rows below the fold are styled once scrolled to,
and drawn with their text and styles as the rows on screen are."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.content import Content

from waic_reader.tui.screens import compare as compare_module
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView, Cell


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_cells_are_styled_when_drawn_and_drawn_with_their_text(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    styled: list[str] = []
    made = compare_module.spans_content

    def counted(text: str, styles: list[tuple[int, int, str]]) -> Content:
        styled.append(text)
        return made(text, styles)

    monkeypatch.setattr(compare_module, "spans_content", counted)
    app = make_app(compare=("003", "004"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        cells = [cell for row in view.rows for cell in (row.a, row.b) if cell.plain and not cell.continued]
        assert 0 < len(styled) < len(cells)  # those on screen only
        last = len(view.rows) - 1
        assert view.row_top(last) > view.scrollable_content_region.height  # below the fold
        view.scroll_end(animate=False, immediate=True)
        await settle(pilot)
        top = round(view.scroll_y)
        assert top <= view.row_top(last) < top + view.scrollable_content_region.height
        shown = "".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))
        for cell in (view.rows[last].a, view.rows[last].b):
            if cell.plain:
                assert words(cell.plain)[:12] in words(shown)
                assert cell.content.plain == cell.plain


def test_a_cell_made_on_first_use_needs_its_text() -> None:
    made: list[int] = []

    def make() -> Content:
        made.append(1)
        return Content("Harbour vote")

    cell = Cell(make, only=True, plain="Harbour vote")
    assert cell.plain == "Harbour vote" and made == []
    assert cell.content.plain == "Harbour vote" and cell.content.plain == "Harbour vote"
    assert made == [1]  # made once
    with pytest.raises(ValueError):
        Cell(make)
