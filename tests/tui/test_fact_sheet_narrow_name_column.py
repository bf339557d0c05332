"""The fact sheet at 60x20 and 120x40 (issue 13, row 31 of the review): it opens unscrolled, the
whole sheet in view (its columns are worked out for the screen's width, so at 60 columns and up
nothing lies beyond the right edge, however many outlets there are), and the fact column shows
each fact's name from its start, wrapped on a shared fact's two lines and, when still longer,
cut at its end with "…", never cut at its start. Stepping through values (``right`` / ``l``)
and the wheel sideways leave it so. Narrower than the sheet (40 columns) the table does scroll
sideways, and the fact column stays frozen at the left edge.

Corpora: the seeds (the report), nine outlets reporting one toll (more outlets than a 60-column
row holds), and facts with long names."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual import events
from textual.coordinate import Coordinate
from textual.pilot import Pilot

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.screens.fact_sheet import FactSheetScreen, FactTable

OUTLETS = [
    "Associated Press",
    "Reuters",
    "Agence France-Presse",
    "Deutsche Presse-Agentur",
    "Kyodo News",
    "Yonhap",
    "Australian Broadcasting Corporation",
    "Norsk Telegrambyrå",
    "Press Trust of India",
]


def nine_outlets(root: Path) -> Path | None:
    root.mkdir()
    entries = []
    for i, outlet in enumerate(OUTLETS):
        (root / f"{i}.txt").write_text(
            f"Ferry fire report {i}\n\nA fire on the ferry killed {12 + i % 3} people on Friday and "
            f"forced 2,100 passengers ashore, the coast guard said.\n",
            "utf-8",
        )
        entries.append(f"  {i}.txt:\n    outlet: {outlet}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


def long_names(root: Path) -> Path | None:
    root.mkdir()
    texts = {
        "a.txt": "Quake relief\n\nThe quake left 3,600 residents homeless and 41 international search and rescue "
        "teams arrived, with 1,200 emergency shelters set up by Sunday.\n",
        "b.txt": "Quake aid\n\nAbout 3,400 residents were left homeless; 40 international search and rescue "
        "teams were at work and 1,250 emergency shelters stood by Sunday.\n",
        "c.txt": "Quake toll\n\nOfficials said 38 international search and rescue teams had come.\n",
    }
    for name, text in texts.items():
        (root / name).write_text(text, "utf-8")
    return root


CORPORA = {"seeds": lambda root: None, "nine_outlets": nine_outlets, "long_names": long_names}


async def open_sheet(pilot: Pilot[None]) -> tuple[FactSheetScreen, FactTable]:
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, FactSheetScreen) and screen.sheet is not None and screen.rows
    return screen, screen.query_one(FactTable)


def name_column_as_drawn(table: FactTable) -> list[tuple[str, list[str]]]:
    """For each row of the table drawn on screen, its fact's name and the lines drawn at the
    fact column's place (the left edge: the first column is frozen there)."""
    out = []
    width = table.columns[next(iter(table.columns))].get_render_width(table)
    top, bottom = int(table.scroll_y), int(table.scroll_y) + table.scrollable_content_region.height
    for row in range(table.row_count):
        region = table._get_cell_region(Coordinate(row, 0))
        if region.y < table.header_height + top or region.bottom > bottom + table.header_height:
            continue  # not wholly on screen
        name = table.get_cell_at(Coordinate(row, 0)).plain
        drawn = [table.render_line(region.y + dy - top).text[:width] for dy in range(region.height)]
        out.append((name, drawn))
    return out


def assert_names_whole_from_their_start(screen: FactSheetScreen, table: FactTable) -> list[str]:
    """Each fact name drawn reads as its fact's label, from its start: whole, or cut at its end
    with "…". Returns the names as drawn, each on one line."""
    rows = name_column_as_drawn(table)
    assert rows, "no fact row is on screen"
    labels = [f.label for f in screen.rows]
    for name, drawn in rows:
        words = " ".join(" ".join(drawn).split())
        # (its own label when drawn whole: another may start with it, "… rescue teams arrived")
        label = next(
            (lab for lab in labels if one_line(lab) == words),
            next(lab for lab in labels if one_line(lab).startswith(words.rstrip("…").rstrip())),
        )
        # drawn from its start (one cell of padding before it), whole, or cut at its end with "…"
        assert all(line.startswith(" ") and not line.startswith("  ") for line in drawn if line.strip()), drawn
        assert words == " ".join(name.split()), (name, drawn)
        assert words == one_line(label) or (words.endswith("…") and len(words) > 1), (label, drawn)
    return [" ".join(" ".join(drawn).split()) for _, drawn in rows]


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
@pytest.mark.parametrize("corpus", list(CORPORA))
async def test_the_sheet_opens_unscrolled_whole_and_names_stay_in_view(
    tmp_path: Path, size: tuple[int, int], corpus: str
) -> None:
    app = make_app(corpus=CORPORA[corpus](tmp_path / "c"))
    async with app.run_test(size=size) as pilot:
        screen, table = await open_sheet(pilot)
        assert table.scroll_x == 0
        # Every column in view: nothing beyond the right edge to scroll to.
        assert table.max_scroll_x == 0 and table.virtual_size.width <= table.scrollable_content_region.width
        assert table.render_line(0).text.startswith(" fact ")
        seen = assert_names_whole_from_their_start(screen, table)
        # Down to the last fact (the single-source ones, two lines for a long name), and back to the first.
        for _ in range(len(screen.rows)):
            await pilot.press("j")
        await settle(pilot)
        assert table.cursor_row == len(screen.rows) - 1 and table.scroll_x == 0
        seen += assert_names_whole_from_their_start(screen, table)
        if corpus == "seeds" and size == (60, 20):
            # the seeds' "leading economic powers", "cutting-edge technologies": whole on two lines
            # since single-source names wrap as shared ones do (t13apr F4; they were cut at the end)
            assert not any(name.endswith("…") for name in seen), seen
        for _ in range(len(screen.rows)):
            await pilot.press("k")
        await settle(pilot)
        assert table.cursor_row == 0
        # The values of the highlighted fact, then the wheel sideways: the sheet stays put.
        await pilot.press("right", "right", "l")
        await settle(pilot)
        assert screen.value_index == 3 % len(screen.rows[0].values)
        for _ in range(4):
            table.post_message(events.MouseScrollRight(table, 5, 5, 0, 0, 0, False, False, False))
        await settle(pilot)
        assert table.scroll_x == 0
        assert_names_whole_from_their_start(screen, table)


@pytest.mark.parametrize("corpus", list(CORPORA))
async def test_narrower_than_the_sheet_the_fact_column_stays_frozen(tmp_path: Path, corpus: str) -> None:
    app = make_app(corpus=CORPORA[corpus](tmp_path / "c"))
    async with app.run_test(size=(40, 16)) as pilot:
        screen, table = await open_sheet(pilot)
        # wider than the screen: the table holds the columns in view (a WindowTable since round
        # s39-p2) and moves them sideways itself, never scrolling
        assert table.scroll_x == 0 and len(table.in_view()) < table.scrolled_count
        assert_names_whole_from_their_start(screen, table)
        for _ in range(20):
            table.post_message(events.MouseScrollRight(table, 5, 5, 0, 0, 0, False, False, False))
        await settle(pilot)
        assert table.scroll_x == 0 and table.first > 0
        # The values column is in view, whole, and the fact names still at the left edge.
        assert table.scrolled_index(len(table.columns) - 1) == table.scrolled_count - 1
        assert str(table.ordered_columns[-1].key.value) == "values"
        widths = sum(c.get_render_width(table) for c in table.ordered_columns)
        assert widths <= table.scrollable_content_region.width
        assert_names_whole_from_their_start(screen, table)
        await pilot.press("down", "right")
        await settle(pilot)
        assert_names_whole_from_their_start(screen, table)
