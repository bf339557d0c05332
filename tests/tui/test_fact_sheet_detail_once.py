"""Opening the fact sheet reads the highlighted value's article once (issue 13, t13ak N18): the
fill, the start on the reader's article and the table's highlight each started a worker reading
it, and each sentence that came laid the screen out and painted it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.fact_sheet import FactSheetScreen

SIZE = (120, 40)


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The docs whose sentence the fact sheet asked a worker to read, in order."""
    asked: list[str] = []
    real = FactSheetScreen._load_sentence

    def load(self: FactSheetScreen, sheet, fact, value):  # type: ignore[no-untyped-def]
        asked.append(value.doc)
        return real(self, sheet, fact, value)

    monkeypatch.setattr(FactSheetScreen, "_load_sentence", load)
    return asked


def sentence_shown(screen: FactSheetScreen) -> bool:
    """The detail shows the highlighted value's own words from its article."""
    _fact, value = screen.current()
    assert value is not None
    text = screen.app.workspace.article(value.doc).text
    return text[value.start : value.end] in str(screen.query_one("#coverage-detail", Static).render())


@pytest.mark.parametrize("open_doc", ["003", None], ids=["from-reader", "from-library"])
async def test_the_first_open_reads_one_sentence(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch, open_doc: str | None
) -> None:
    """The reported case (`f` in the reader: its article's value is highlighted) and `f` from the
    library (the first row's first value)."""
    asked = count_reads(monkeypatch)
    app = make_app(open_doc=open_doc, corpus=seeds_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
        _fact, value = screen.current()
        assert value is not None and asked == [value.doc]
        assert sentence_shown(screen)


async def test_rows_filled_again_on_the_same_value_read_nothing(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`a` twice (single-source rows hidden and shown: the table filled twice, the highlighted
    fact the same) reads no sentence again; stepping to another value reads that one."""
    asked = count_reads(monkeypatch)
    app = make_app(corpus=seeds_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen)
        before = len(asked)
        await pilot.press("a", "a")
        await settle(pilot)
        assert len(asked) == before
        await pilot.press("right")
        await settle(pilot)
        assert len(asked) == before + 1 and sentence_shown(screen)
