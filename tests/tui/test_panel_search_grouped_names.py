"""The entity panel's ``s`` finds every article the panel gives the entity, those that name it
only by a form another article typed too (issue #13 F3, fresh tester: "Okonkwo said" in one
article, "Dr Samuel Okonkwo" in another; the panel listed both, its ``s`` found one). Opening the
surname's article lights the surname, and ``n`` / ``N`` step through it. Invented names."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

SIZE = (100, 30)
PERSON = {
    "a.txt": "Flood barrier fails\n\nEngineers had warned about the ageing barrier, Dr Amara Nwachukwu, a "
    "hydrologist, said on Friday.\n",
    "b.txt": "River keeps rising\n\nNwachukwu said the river would crest on Sunday. The town was calm.\n\n"
    "Volunteers filled sandbags all night as Nwachukwu had asked.\n",
}
FIRM = {
    "a.txt": "Levee contract signed\n\nOrvantis Corp, which won the contract, will start work in May.\n",
    "b.txt": "Levee works delayed\n\nOrvantis blamed the rain for the delay. Crews waited.\n\n"
    "The council said Orvantis would pay for the extra weeks.\n",
}


@pytest.mark.parametrize(
    ("files", "name", "short"), [(PERSON, "Amara Nwachukwu", "Nwachukwu"), (FIRM, "Orvantis Corp", "Orvantis")]
)
async def test_panel_s_finds_the_short_forms_article_and_n_steps_through_it(
    tmp_path: Path, files: dict[str, str], name: str, short: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for file, text in files.items():
        (corpus / file).write_text(text, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article("a")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        panel.query_one(OptionList).highlighted = next(i for i, k in enumerate(panel.keys) if k and k[1] == name)
        await pilot.press("s")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        docs = [h.doc for h in search.results.hits]
        assert sorted(docs) == ["a", "b"] and search.results.total == 2
        search.query_one(OptionList).highlighted = docs.index("b")
        search.action_open()
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None and reader.doc == "b"
        text = reader.loaded.article.text
        assert [text[s:e] for s, e in reader.loaded.matches] == [short, short]
        assert reader.current == 0
        await pilot.press("n")
        assert reader.current == 1
        await pilot.press("N")
        assert reader.current == 0
