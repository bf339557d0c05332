"""The reader's entity panel gives an article's entities as the corpus groups them: an
abbreviation the entity list joins to its long form is one row with the long form (tester report
t13ar N1: web/valley-courier's panel listed "NCSC 1" and "National Cyber Security Centre 1" as
two organisations while the matrix had one row of 2 there). The tester's sentences and two
corpora of our own (tests/search/test_who_abbreviation_one_grouping.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

sys.path.insert(0, str(Path(__file__).parent.parent / "search"))
from test_who_abbreviation_one_grouping import CASES


@pytest.mark.parametrize("case", CASES)
async def test_panel_gives_the_abbreviation_and_its_long_form_one_row(tmp_path: Path, case: str) -> None:
    files, short, long = CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    first = next(iter(files)).removesuffix(".txt")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(first)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        keys = [k[0] for k in panel.keys if k is not None]
        # one row of the long form, none of the abbreviation apart
        assert sum(1 for k in keys if k.partition(":")[2].casefold() == long.casefold()) == 1, keys
        assert not any(k.partition(":")[2].casefold() == short.casefold() for k in keys), keys
