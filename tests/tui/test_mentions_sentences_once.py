"""The mentions dialog finds each mention's sentence once (round s50-z): its options were made in
``compose`` and again on every width (``on_resize`` → ``_lay_out``), each time looking every
mention's sentence up again on the UI thread. Now only the head's doc id, the one part that
depends on the width, is made again; the lines drawn stay those of a dialog opened at that
width (tests/tui/test_mentions_ids_whole.py checks the ids' cuts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from test_mentions_ids_whole import CASES, corpus, shown_lines
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens import mentions
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.mentions import MentionsScreen


async def _open_mentions(app: WaicReaderApp, pilot: object, name: str) -> MentionsScreen:
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("E")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    matrix = app.screen
    assert isinstance(matrix, EntityMatrixScreen)
    row = next(i for i, r in enumerate(matrix.shown) if r.entity.name == name)
    matrix.query_one(DataTable).move_cursor(row=row, column=0)
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    screen = app.screen
    assert isinstance(screen, MentionsScreen)
    return screen


@pytest.mark.parametrize("case", list(CASES))
async def test_sentences_are_found_once_whatever_the_widths(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size, outlet, docs, who = CASES[case]
    found: list[tuple[int, int]] = []
    real = mentions.in_sentence

    def counted(article: object, start: int, end: int, style: str) -> object:
        found.append((start, end))
        return real(article, start, end, style)  # type: ignore[arg-type]

    monkeypatch.setattr(mentions, "in_sentence", counted)
    wide, narrow = size, (max(60, size[0] - 30), size[1])
    drawn: dict[tuple[int, int], list[str]] = {}
    for first in (wide, narrow):  # each width opened afresh: the lines a resize must give
        app = WaicReaderApp(Workspace(corpus(tmp_path / f"c{first[0]}", outlet, docs, who)))
        async with app.run_test(size=first) as pilot:
            screen = await _open_mentions(app, pilot, who[0])
            drawn[first] = shown_lines(screen.query_one(OptionList))
    found.clear()
    app = WaicReaderApp(Workspace(corpus(tmp_path / "c", outlet, docs, who)))
    async with app.run_test(size=wide) as pilot:
        screen = await _open_mentions(app, pilot, who[0])
        assert len(found) == len(screen.mentions) == 4
        for now in (narrow, wide, narrow):
            await pilot.resize_terminal(*now)
            await settle(pilot)
            assert shown_lines(screen.query_one(OptionList)) == drawn[now]
        assert len(found) == len(screen.mentions)  # not again on any width
