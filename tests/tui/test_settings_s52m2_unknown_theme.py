"""An unknown theme name in settings.yaml is reported with its line and column, as the other bad
values are (t13aw N16: ``theme: nonexistent-theme`` was ignored silently). The reported file (the
saved form, read without the YAML parser) and two variants of our own: a quoted name after other
settings, and a name beside a bad value (both problems reported). A known theme is no problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.settings import Settings

THEMES = ("textual-dark", "textual-light", "nord")


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("theme: nonexistent-theme\n", "nonexistent-theme", ":1:8"),
        ('highlight_entities: true\ncompare_panes: free\ntheme:   "Solarised Purple"\n', "Solarised Purple", ":3:10"),
        ("highlight_entities: perhaps\ntheme: dracula-pro\n", "dracula-pro", ":2:8"),
    ],
    ids=["reported", "quoted-after-others", "beside-a-bad-value"],
)
def test_an_unknown_theme_is_reported_where_it_is(text: str, name: str, where: str, tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text(text, "utf-8")
    problems = Settings.load(tmp_path, THEMES).problems
    said = [p for p in problems if "unknown theme" in p]
    assert said == [f"{Settings.path(tmp_path)}{where}: unknown theme {name!r} (ignored)"]


def test_a_known_theme_is_no_problem(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text("theme: nord\n", "utf-8")
    assert Settings.load(tmp_path, THEMES).problems == []


async def test_the_app_says_the_theme_is_unknown(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text("theme: nonexistent-theme\n", "utf-8")
    app = WaicReaderApp(Workspace(), StartOptions(), settings_dir=tmp_path)
    shown: list[tuple[str, str]] = []
    notify = app.notify

    def spy(message: str, **kwargs: Any) -> None:
        shown.append((kwargs.get("title", ""), message))
        notify(message, **kwargs)

    app.notify = spy  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        said = [message for title, message in shown if title == "Settings ignored"]
        assert len(said) == 1, said
        assert "settings.yaml:1:8: unknown theme 'nonexistent-theme' (ignored)" in said[0]
