"""The entity panel's ``s`` on a figure finds every article writing its value, however written
(issue #16, round s41-x: "$2.5m" in one article and "$2.5 million" in another were two MONEY
entities, and ``s`` on either found its own article alone). The panel names the figure as an
article writes it, never by its value's key; opening the other article lights its spelling."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

FILES = {
    "a.txt": "Harbour fund grows\n\nThe Harbour Trust raised $2.5m for the pier on Friday.\n",
    "b.txt": "Pier appeal succeeds\n\nThe trust said it raised $2.5 million for the new pier.\n",
}


async def test_panel_s_on_a_figure_finds_every_spelling_of_its_value(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for file, text in FILES.items():
        (corpus / file).write_text(text, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.open_article("a")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        money = [(i, k) for i, k in enumerate(panel.keys) if k and k[0].startswith("MONEY:")]
        assert len(money) == 1, panel.keys
        row, (_key, name) = money[0]
        assert name in ("$2.5m", "$2.5 million")  # a written spelling, never the value's key
        panel.query_one(OptionList).highlighted = row
        await pilot.press("s")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        docs = [h.doc for h in search.results.hits]
        assert sorted(docs) == ["a", "b"]
        search.query_one(OptionList).highlighted = docs.index("b")
        search.action_open()
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None and reader.doc == "b"
        text = reader.loaded.article.text
        assert [text[s:e] for s, e in reader.loaded.matches] == ["$2.5 million"]
