"""A search result with no outlet is headed by its doc id, whole wherever the line has room (the
title beside it keeping up to 30 cells) and else cut in its middle, as every screen cuts ids
(t13aq N13: at 120x40 "press/alpenrail-stateme…  AlpenRail statement on the derailment of IC 518
near Hallstein", the id cut at 24 cells with ~30 cells of the line free). The reported result at
120x40 and two of our own: a 49-cell id at 100x30, and two ids differing only at their ends,
longer than a 60-column line can hold, cut in the middle so the heads still differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import make_app, settle
from textual.widgets import Input, OptionList

from waic_reader.tui.screens.search import TWIN_TITLE_CELLS, SearchScreen

CASES: dict[str, tuple[tuple[int, int], dict[str, str]]] = {
    "reported": (
        (120, 40),
        {
            "press/alpenrail-statement": "AlpenRail statement on the derailment of IC 518 near Hallstein",
            "blog/railwatch": "What we know about the Hallstein derailment",
        },
    ),
    "long-id": (
        (100, 30),
        {
            "notices/harbour-authority-statement-ferry-2026-03-14": "Harbour authority statement on the capsized ferry",
            "notes/ferry": "Ferry capsized in the harbour",
        },
    ),
    "narrow-twins": (
        (60, 20),
        {
            "releases/kestrel-hydro-dam-inspection-notice": "Kestrel Hydro dam inspection notice",
            "releases/kestrel-hydro-dam-inspection-notice-revised": "Kestrel Hydro dam inspection notice",
        },
    ),
}


def corpus(root: Path, titles: dict[str, str]) -> Path:
    for doc, title in titles.items():
        path = root / f"{doc}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{title}\n\nThe inspection found cracks in the structure, the statement said.\n", "utf-8")
    return root


@pytest.mark.parametrize("case", list(CASES))
async def test_a_result_headed_by_its_id_shows_it_whole_where_there_is_room(case: str, tmp_path: Path) -> None:
    size, titles = CASES[case]
    app = make_app(corpus=corpus(tmp_path / "c", titles))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.query_one("#query", Input).insert_text_at_cursor("statement OR capsized OR inspection")
        await settle(pilot)
        assert screen.results is not None and screen.results.total == len(titles)
        options = screen.query_one(OptionList)
        room = options.scrollable_content_region.width
        lines = ["".join(s.text for s in options.render_line(y)).rstrip() for y in range(options.size.height)]

    def names(shown: str, doc: str) -> bool:
        """Whether ``shown`` (a head's id, whole or cut in its middle) is ``doc``'s."""
        start, cut, end = shown.partition("…")
        return shown == doc or (bool(cut) and doc.startswith(start) and doc.endswith(end))

    heads = {doc: [ln for ln in lines if names(ln.split("  ")[0], doc)] for doc in titles}
    for doc, title in titles.items():
        assert len(heads[doc]) == 1, (doc, lines)  # its head, told apart from the other's
        head = heads[doc][0]
        assert cell_len(head) <= room, head
        if cell_len(doc) + 2 + min(cell_len(title), TWIN_TITLE_CELLS) <= room:
            assert head.startswith(doc + "  "), head  # room on the line: the id whole
        else:  # no room: cut in the middle, within the line
            assert "…" in head.split("  ")[0], head
