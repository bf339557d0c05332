"""The mentions dialog (entities × outlets, ``enter``) names each article by its label and its doc
id, the id whole wherever the line has room and else cut in its middle, as every screen cuts ids
(t13aq N13: at 120x40 "The Alpine Courier  web/alpine-courier-derailment…" above "The Alpine
Courier  web/alpine-courier-derailment", the part telling them apart cut though 60 cells of the
line were free). The reported pair at 120x40 and two of our own: a story and its update in
another folder at 100x30, and ids longer than a 60-column dialog's line, cut in the middle with
their distinguishing ends kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.mentions import MentionsScreen

BODY = (
    "{name}, the chief executive of {firm}, said the company would pay for the funerals.\n\n"
    "Speaking at the scene, {name} said the train had been inspected last week.\n"
)
CASES = {
    "reported": (
        (120, 40),
        "The Alpine Courier",
        ("web/alpine-courier-derailment", "web/alpine-courier-derailment-saved"),
        ("Torvald Ødegaard", "AlpenRail"),
    ),
    "update-folder": (
        (100, 30),
        "Harbour Post",
        ("wire/harbour-ferry-capsize-update-2", "wire/harbour-ferry-capsize-update-12"),
        ("Marisol Quenneville", "Baycross Ferries"),
    ),
    "narrow-long-ids": (
        (60, 20),
        "Kestrel Gazette",
        (
            "archive/2026/march/kestrel-gazette-bridge-closure-coverage-first",
            "archive/2026/march/kestrel-gazette-bridge-closure-coverage-second",
        ),
        ("Ingrid Sorvaag", "Kestrel Hydro"),
    ),
}


def corpus(root: Path, outlet: str, docs: tuple[str, ...], who: tuple[str, str]) -> Path:
    for n, doc in enumerate(docs):
        path = root / f"{doc}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Crash report {n}\noutlet: {outlet}\ndate: 2026-03-1{n + 4}\n---\n\n"
            + BODY.format(name=who[0], firm=who[1]),
            "utf-8",
        )
    return root


def shown_lines(options: OptionList) -> list[str]:
    """Every line of the list as drawn, scrolled through a screenful at a time."""
    lines: dict[int, str] = {}
    height = options.scrollable_content_region.height
    for top in range(0, max(1, options.virtual_size.height), height):
        options.scroll_to(y=top, animate=False, immediate=True, force=True)
        at = round(options.scroll_y)
        for y in range(height):
            lines[at + y] = "".join(segment.text for segment in options.render_line(y)).rstrip()
    return [lines[n] for n in sorted(lines)]


@pytest.mark.parametrize("case", list(CASES))
async def test_mentions_name_ids_whole_where_there_is_room(case: str, tmp_path: Path) -> None:
    size, outlet, docs, who = CASES[case]
    app = WaicReaderApp(Workspace(corpus(tmp_path / "corpus", outlet, docs, who)))
    async with app.run_test(size=size) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        assert isinstance(matrix, EntityMatrixScreen)
        row = next(i for i, r in enumerate(matrix.shown) if r.entity.name == who[0])
        matrix.query_one(DataTable).move_cursor(row=row, column=0)
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MentionsScreen)
        options = app.screen.query_one(OptionList)
        width = options.scrollable_content_region.width
        heads = [line for line in shown_lines(options) if line.startswith(outlet)]
        assert len(heads) == 4, heads  # two mentions in each article
        for doc in docs:
            mine = [h for h in heads if h.split()[-1] == doc or h.endswith(doc[-8:])]
            if len(outlet) + 2 + len(doc) <= width:
                assert all(h.endswith("  " + doc) for h in mine) and len(mine) == 2, (doc, heads)
            else:  # no room: cut in the middle, its end kept, within the line
                assert len(mine) == 2 and all("…" in h and len(h) <= width for h in mine), (doc, heads)
        assert len(set(heads)) == 2, heads  # the two articles never read alike
