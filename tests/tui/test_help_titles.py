"""The help's title names the screen in words (issue 13, fresh tester, F9: the matrix's help
read "Keys: EntityMatrix", a class name)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from snapshot_app import make_app, settle
from textual.screen import Screen
from textual.widgets import Static

import waic_reader.tui.screens as screens_package
from waic_reader.tui.screens.help import HelpScreen, screen_title


def _screens() -> list[type[Screen[object]]]:
    found: list[type[Screen[object]]] = []
    for info in pkgutil.iter_modules(screens_package.__path__):
        module = importlib.import_module(f"{screens_package.__name__}.{info.name}")
        for _, kind in inspect.getmembers(module, inspect.isclass):
            if issubclass(kind, Screen) and kind.__module__ == module.__name__ and kind is not HelpScreen:
                found.append(kind)
    return found


def test_every_screen_has_a_title_in_words() -> None:
    kinds = _screens()
    # A base of another screen (the reader's parts: ReaderState, ReaderTargets, ReaderPanels)
    # is never shown alone: the screen shown, built on it, has the title.
    shown = [kind for kind in kinds if not any(other is not kind and issubclass(other, kind) for other in kinds)]
    assert len(shown) >= 12
    for kind in shown:
        title = vars(kind).get("HELP_TITLE")
        assert isinstance(title, str) and title, kind
        assert not re.search(r"[a-z][A-Z]|Screen", title), (kind, title)


@pytest.mark.parametrize(
    ("open_doc", "keys", "title"),
    [
        (None, ["E"], "Keys: Entity matrix"),  # reported
        (None, ["f"], "Keys: Fact sheet"),
        (None, ["Q"], "Keys: Quotes"),
    ],
)
async def test_help_is_titled_with_the_screen_in_words(open_doc: str | None, keys: list[str], title: str) -> None:
    app = make_app(open_doc=open_doc)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        under = app.screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.target is under
        assert str(app.screen.query_one("#help-title", Static).render()) == title


def test_a_screen_without_a_title_gets_its_class_name_in_words() -> None:
    class SomeNewThingScreen(Screen[None]):
        pass

    assert screen_title(SomeNewThingScreen()) == "Some new thing"
