"""settings.yaml's problems point at what is wrong: an unknown setting at its key (line:column
of the key), a bad value at the value (t13aq N17: ``bogus_key: 1`` was reported at column 12,
the value's). The reported lines and two variants of our own: a key indented in a flow-less
file with spaces before its colon and a quoted key, and a long key with a bad known value beside
it; each bad value still at its value's column, and the notice shown once in the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.settings import Settings

REPORTED = "theme: nord\nhighlight_entities: true\ncompare_panes: aligned\nfact_sheet_single_source: true\nshow_single_source: maybe\nbogus_key: 1\n"
SPACED = "theme: nord\nfontsize   :   14\n'Colour scheme': \"dark\"\ncompare_panes:    sideways\n"
LONG = "a_rather_long_unknown_setting_name_here: [1, 2, 3]\nhighlight_entities:      perhaps\n"


def located(text: str, tmp_path: Path) -> list[str]:
    Settings.path(tmp_path).write_text(text, "utf-8")
    problems = Settings.load(tmp_path).problems
    return [p.split(": ", 1)[0].rsplit("settings.yaml", 1)[1] for p in problems]


def at(text: str, row: int, piece: str) -> str:
    return f":{row}:{text.splitlines()[row - 1].index(piece) + 1}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REPORTED, [(5, "show_single_source"), (6, "bogus_key")]),
        (SPACED, [(2, "fontsize"), (3, "'Colour"), (4, "sideways")]),
        (LONG, [(1, "a_rather"), (2, "perhaps")]),
    ],
    ids=["reported", "spaced-quoted-keys", "long-key-bad-value"],
)
def test_unknown_key_at_its_key_bad_value_at_its_value(
    text: str, expected: list[tuple[int, str]], tmp_path: Path
) -> None:
    assert located(text, tmp_path) == [at(text, row, piece) for row, piece in expected]


async def test_the_app_says_where(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text(REPORTED, "utf-8")
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
        assert "settings.yaml:5:1: unknown setting 'show_single_source'" in said[0]
        assert "settings.yaml:6:1: unknown setting 'bogus_key'" in said[0]
