"""Keys typed into a box in one read from the terminal take effect in the order typed (issue 13).

Reported: ``/`` then ``tmux send-keys C-u Tollbridge Enter`` (one read) opened nothing: enter
arrived before the search of the words typed with it had shown its results, and was dropped
(with a 150 ms pause before it, it opened); ``who:Ueda Enter`` the same. And ``ctrl+u`` in the
export path box (fact sheet f, x) ran after the letters typed with it: ``C-u /tmp/x.md`` left
the box empty. Every box is a SafeInput (one implementation of the order), and the search box
opens on enter once the results of the words before it are shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle
from test_jump_replaces_follow import write_corpus
from textual import events
from textual.widgets import Input

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.export_prompt import ExportPromptScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.pick import PickArticleScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

CONTROLS = {"ctrl+u": "\x15", "backspace": "\x7f", "enter": "\r", "space": " "}


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` as the terminal delivers keys read in one go: all queued before the first
    is handled (``Pilot.press`` waits for the app to go idle after each key)."""
    for key in keys:
        app.post_message(events.Key(key, CONTROLS.get(key, key)))


def keys(text: str) -> list[str]:
    return ["space" if c == " " else c for c in text]


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


@pytest.mark.parametrize(
    ("before", "typed", "lit"),
    [
        ("", "Tollbridge", "Tollbridge"),  # the reported case: C-u Tollbridge Enter in one read
        ("", "who:Ueda", "Ueda"),  # reported too: a field's value
        ("Toll", "bridge", "Tollbridge"),  # enter while the results shown are an earlier query's
    ],
)
async def test_enter_read_with_the_words_opens_their_first_hit(
    tmp_path: Path, before: str, typed: str, lit: str
) -> None:
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        if before:
            await pilot.press(*before)
            await settle(pilot)
            assert search.results is not None and search.results.hits  # "Toll"'s results listed
            typed_at_once(app, *keys(typed), "enter")
        else:
            typed_at_once(app, "ctrl+u", *keys(typed), "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen), "enter was dropped"
        assert reader.query_text == before + typed
        assert reader.loaded is not None
        targets = reader.targets()
        assert 0 <= reader.current < len(targets)
        start, end = targets[reader.current]
        assert lit in reader.loaded.article.text[start:end]
        assert_lands(reader, start)
        assert "match 1/" in status(reader)


async def open_export_box(pilot) -> Input:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FactSheetScreen)
    await pilot.press("x")
    await settle(pilot)
    prompt = pilot.app.screen
    assert isinstance(prompt, ExportPromptScreen)
    return prompt.query_one("#export-path", Input)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (["ctrl+u", *"/tmp/x.md"], "/tmp/x.md"),  # reported: the box was left empty
        (["ctrl+u", "y"], "y"),  # one letter after it
        (["backspace", "backspace", "backspace", *"txt"], None),  # another key bound in the box
    ],
)
async def test_export_box_runs_its_keys_in_the_order_typed(
    tmp_path: Path, home: Path, typed: list[str], want: str | None
) -> None:
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        box = await open_export_box(pilot)
        default = box.value
        assert default.endswith(".md")
        typed_at_once(app, *typed)
        await settle(pilot)
        assert box.value == (want if want is not None else default[:-3] + "txt")


async def test_export_enter_read_with_the_path_writes_there(tmp_path: Path, home: Path) -> None:
    """ctrl+u, a path and enter in one read: the export is written at that path."""
    app = make_app(corpus=write_corpus(tmp_path))
    target = home / "sheet.md"
    async with app.run_test(size=(60, 20)) as pilot:
        await open_export_box(pilot)
        typed_at_once(app, "ctrl+u", *str(target), "enter")
        await settle(pilot)
        assert target.is_file()
        assert not isinstance(app.screen, ExportPromptScreen)


async def test_compare_pick_box_clears_before_the_letters_after_it(tmp_path: Path) -> None:
    """The article picker's filter (c in the library) is the same kind of box."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        pick = app.screen
        assert isinstance(pick, PickArticleScreen)
        box = pick.query_one("#pick-filter", Input)
        await pilot.press(*"zzz")
        typed_at_once(app, "ctrl+u", *"daily")
        await settle(pilot)
        assert box.value == "daily"
