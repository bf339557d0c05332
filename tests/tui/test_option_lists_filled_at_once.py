"""The lists the app fills from many entries (the article picker, the search results, the
reader's entity and boilerplate panels) add them in one ``OptionList.add_options`` call:
``add_option`` lays the list out again for each (a 220-article picker: ~47 ms instead of ~9).
They list the same entries, in the same order, filtered as typed."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input, OptionList

from waic_reader.index.analysis.entities.figure_names import figure_shown
from waic_reader.tui.screens.pick import PickArticleScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.noise_panel import NoisePanel


async def test_lists_are_filled_in_one_call_with_every_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    one_by_one: list[object] = []
    add_option = OptionList.add_option

    def counted(self: OptionList, option: object = None) -> OptionList:
        one_by_one.append(option)
        return add_option(self, option)  # type: ignore[arg-type]

    monkeypatch.setattr(OptionList, "add_option", counted)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        docs = list(app.docs)
        # the picker: every other article, in the library's choice order, then filtered as typed
        first = docs[0]
        app.push_screen(PickArticleScreen("Compare with…", exclude=first))
        await settle(pilot)
        pick = app.screen
        assert isinstance(pick, PickArticleScreen)
        listed = pick.query_one(OptionList)
        ids = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
        assert ids == [doc for doc, _ in pick._choices()] and first not in ids and len(ids) == len(docs) - 1
        label = pick._choices()[1][1]
        word = label.split("·")[1].split()[0]
        await pilot.press(*word)
        await settle(pilot)
        assert pick.query_one(Input).value == word
        ids = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
        assert ids == [doc for doc, text in pick._choices() if word.lower() in text.lower()] and ids
        await pilot.press("escape")
        await settle(pilot)
        # search results
        await pilot.press("slash")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*"the")
        await settle(pilot)
        assert search.results is not None and search.results.hits
        results = search.query_one(OptionList)
        assert [results.get_option_at_index(i).id for i in range(results.option_count)] == [
            hit.doc for hit in search.results.hits
        ]
        await pilot.press("escape")
        await settle(pilot)
        # the reader's panels
        app.push_screen(ReaderScreen(docs[0]))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("e")  # the panels are mounted when one is first shown
        await settle(pilot)
        entities = reader.query_one(EntityPanel)
        shown = {key for key in entities.keys if key is not None}
        kept = [m for m in reader.loaded.analysis.mentions if not m.noise]
        assert {key for key, _name in shown} == {m.key for m in kept}
        # a name is shown by its key's name; a figure's key is its value ("CARDINAL:=|2"), shown as
        # the entity list names it, the value spelled one way for any articles ("2" for the
        # article's "two", round s49-f: the panel names entities as the matrix does), never as the key
        for key, name in shown:
            if key.split(":", 1)[-1].startswith("="):
                assert name == figure_shown(key.split(":", 1)[-1]) and not name.startswith("="), (key, name)
            else:
                assert name == key.split(":", 1)[-1], (key, name)
        assert entities.query_one(OptionList).option_count >= len(shown)
        noise = reader.query_one(NoisePanel)
        assert noise.segments == list(reader.loaded.analysis.split.noise)
        assert one_by_one == []
