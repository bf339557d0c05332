"""The entity panel of an article naming a firm only by its bare name lists the firm the entity
list gives it, and its ``s`` finds every article of the firm (tester report t13h F5/F3: with
"Brennor Corporation" and "Brennor Corp." in one article, the panel of the article saying only
"Brennor said" listed nothing; "Ranvik Drilling" was filed under a sister firm). The first
corpus is the reported one; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

SIZE = (100, 30)
CASES = [
    ({"a.txt": "One\n\nBrennor Corporation made the pumps.\n\nBrennor Corp. sold them.\n",
      "b.txt": "Two\n\nBrennor said the pumps were fine.\n"}, "Brennor Corp.", "Brennor"),
    ({"a.txt": "One\n\nSkarvik Co. built the dam.\n\nSkarvik Company repaired it.\n",
      "b.txt": "Two\n\nSkarvik put the cost at 40 million crowns.\n"}, "Skarvik Co.", "Skarvik"),
    ({"a.txt": "One\n\nRanvik Drilling AS bored the tunnel.\n\nRanvik Drilling Services Ltd maintained the pumps.\n",
      "b.txt": "Two\n\nRanvik Drilling said its tunnel was sound.\n\n"
      "Ranvik Drilling Services said the pumps were serviced.\n"}, "Ranvik Drilling AS", "Ranvik Drilling"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "name", "bare"), CASES)
async def test_panel_lists_the_firm_of_a_bare_name_and_s_finds_its_articles(
    tmp_path: Path, files: dict[str, str], name: str, bare: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for file, text in files.items():
        (corpus / file).write_text(text, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article("b")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        names = [k[1] for k in panel.keys if k]
        assert name in names, names
        assert bare not in names, names  # no entity of its own (a person, a short form apart)
        panel.query_one(OptionList).highlighted = next(i for i, k in enumerate(panel.keys) if k and k[1] == name)
        await pilot.press("s")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        assert sorted(h.doc for h in search.results.hits) == ["a", "b"] and search.results.total == 2
