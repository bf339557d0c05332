"""Entity labels are shown in words (Person, Place, Nationality or group…), never as OntoNotes
codes, in every place a reader sees them; the JSON keeps the codes."""

from __future__ import annotations

import re

from snapshot_app import make_app, settle
from textual.coordinate import Coordinate
from textual.widgets import DataTable, OptionList, SelectionList, Static

from waic_reader.index.analysis.entities.labels import LABEL_WORDS, label_description, label_name
from waic_reader.index.analysis.entities.recogniser import LABELS
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.label_filter import LabelFilterScreen
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen

CODE = re.compile(r"\b(?:" + "|".join(LABEL_WORDS) + r")\b")


def test_every_label_has_words() -> None:
    """All eighteen OntoNotes labels, the recogniser's among them, have a name and a description;
    an unknown code still reads as words."""
    assert len(LABEL_WORDS) == 18 and set(LABELS) <= set(LABEL_WORDS)
    assert [label_name(c) for c in ("PERSON", "ORG", "GPE", "NORP", "CARDINAL", "WORK_OF_ART")] == [
        "Person",
        "Organisation",
        "Place",
        "Nationality or group",
        "Number",
        "Work of art",
    ]
    assert all(label_description(c) for c in LABEL_WORDS)
    assert label_name("NEW_KIND") == "New kind" and label_description("NEW_KIND") == ""


def _plain(widget: Static) -> str:
    return str(widget.render())


async def test_reader_legend_panel_and_chooser_say_words() -> None:
    app = make_app(open_doc="004")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        legend = _plain(reader.query_one("#reader-legend", Static))
        assert "Person" in legend and "Place" in legend and "Nationality or group" in legend
        assert not CODE.search(legend), legend
        await pilot.press("e")
        await settle(pilot)
        options = reader.query_one("#entity-panel").query_one(OptionList)
        headings = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "Person" in headings and "Organisation" in headings
        assert not any(CODE.fullmatch(h) for h in headings), headings
        await pilot.press("e", "l")
        await settle(pilot)
        chooser = app.screen
        assert isinstance(chooser, LabelFilterScreen)
        rows = chooser.query_one(SelectionList)
        prompts = [str(rows.get_option_at_index(i).prompt) for i in range(rows.option_count)]
        assert any(p.strip().startswith("Nationality or group") for p in prompts)
        assert not any(CODE.search(p) for p in prompts), prompts
        await pilot.press("space", "q")  # q cancels, as escape does: the toggle is not applied
        await settle(pilot)
        assert app.screen is reader


async def test_matrix_and_mentions_say_words() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
        table = screen.query_one(DataTable)
        shown = {table.get_cell_at(Coordinate(r, 1)).plain for r in range(table.row_count)}
        assert {"Person", "Place", "Organisation"} <= shown and not any(CODE.search(s) for s in shown)
        await pilot.press("l")  # the first label filter: people
        await settle(pilot)
        assert "Person" in _plain(screen.query_one("#matrix-heading", Static))
        await pilot.press("enter")
        await settle(pilot)
        mentions = app.screen
        assert isinstance(mentions, MentionsScreen)
        title = _plain(mentions.query_one("#mentions-title", Static))
        assert "Person" in title and not CODE.search(title), title
