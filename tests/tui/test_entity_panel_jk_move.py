"""In the entity panel ``j``/``k`` (and ``g``/``G``) move the row cursor as the arrow keys do, as
in the boilerplate panel and as the help's "j, ↓ Down" says (acceptance test t13n F16: ``e k j j j
enter`` followed the first row, the keys having scrolled the article behind the panel). The
first article is the tester's kind (a wire story naming several people); the others invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

TEXTS = [
    "Plant chief Ana Luísa Côrte-Real was suspended on Monday. Prosecutor João Galvão Simões opened "
    "an inquiry, and company spokeswoman Marta Vilaça said the firm would cooperate. Mayor Rui Tavares "
    "visited the site.",
    "Harbour master Tomas Eklund closed the port. Captain Lena Marsh was questioned, and ferry owner "
    "Petra Lindqvist said the crew had done nothing wrong. Inspector Johan Berg will report on Friday.",
    "Coach Milan Horvat resigned after the defeat. Club president Ivana Kovač thanked him, and captain "
    "Luka Perić said the players were sorry. Sporting director Ante Babić will pick a successor.",
]


async def followed(tmp_path: Path, text: str, keys: list[str]) -> tuple[object, object]:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text(f"Inquiry opened\n\n{text}\n", "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article("a")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        people = [k for k in panel.keys if k is not None]
        for key in keys:
            await pilot.press(key)
        await pilot.press("enter")
        await settle(pilot)
        return app.followed, people


@pytest.mark.parametrize("text", TEXTS)
async def test_j_k_move_the_entity_rows_as_the_arrows(tmp_path: Path, text: str) -> None:
    by_letters, people = await followed(tmp_path / "jk", text, ["k", "j", "j", "j"])
    by_arrows, _ = await followed(tmp_path / "arrows", text, ["up", "down", "down", "down"])
    assert by_letters == by_arrows
    assert isinstance(by_letters, tuple) and isinstance(people, list)
    first, _ = await followed(tmp_path / "none", text, [])
    assert by_letters != first  # j/k moved the cursor (they used to scroll the article instead)
