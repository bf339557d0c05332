"""The user's settings.yaml is theirs (t13aj N17, issue #13: "nothing written where it must not
be"): starting the app writes nothing to it, and a setting the user changes is written in place
of its value, their comments, unknown lines and the values the app warned about kept. Before,
about two seconds after start the file was rewritten from the app's values, every comment and
every line the app had warned about gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.settings import Settings

REPORTED = "# my settings, hand-written\ntheme: textual-dark   # the dark one\n"
# Values the app warns about and ignores, an unknown setting, and a comment between them.
WARNED = "highlight_entities: maybe   # not sure yet\n# keep this\nbogus_key: 1\ncompare_panes: free\n"


@pytest.mark.parametrize("written", [REPORTED, WARNED], ids=["reported", "warned-lines"])
async def test_starting_the_app_leaves_the_settings_file_as_written(tmp_path: Path, written: str) -> None:
    Settings.path(tmp_path).write_text(written, "utf-8")
    ws = Workspace(index_dir=tmp_path / "index")
    app = WaicReaderApp(ws, StartOptions(open_doc=ws.resolve("004")), settings_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
    assert Settings.path(tmp_path).read_text("utf-8") == written


async def test_a_changed_setting_is_written_in_place_the_rest_kept(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text(WARNED, "utf-8")
    ws = Workspace(index_dir=tmp_path / "index")
    app = WaicReaderApp(ws, StartOptions(open_doc=ws.resolve("004")), settings_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("h")  # entity highlighting off: the user's change
        await settle(pilot)
        assert app.entities_on is False
    after = Settings.path(tmp_path).read_text("utf-8")
    assert after == WARNED.replace("highlight_entities: maybe", "highlight_entities: false")
    assert Settings.load(tmp_path).highlight_entities is False


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A flow mapping: the value replaced, a missing setting added inside the braces.
        ("{theme: nord, bogus: 1}  # one line\n", "{theme: gruvbox, bogus: 1, compare_panes: free}  # one line\n"),
        # A setting with no value, and one the file lacks, added at its end.
        ("# mine\ntheme:\n", "# mine\ntheme: gruvbox\ncompare_panes: free\n"),
    ],
    ids=["flow", "empty-value"],
)
def test_saving_edits_only_the_changed_values(tmp_path: Path, written: str, expected: str) -> None:
    Settings.path(tmp_path).write_text(written, "utf-8")
    mine = Settings.load(tmp_path)
    mine.theme, mine.compare_panes = "gruvbox", "free"
    mine.save_changes(["theme", "compare_panes"], tmp_path)
    assert Settings.path(tmp_path).read_text("utf-8") == expected
    again = Settings.load(tmp_path)
    assert (again.theme, again.compare_panes) == ("gruvbox", "free")


def test_a_file_that_is_not_settings_is_not_overwritten(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text("- just\n- a list\n", "utf-8")
    mine = Settings()
    mine.theme = "gruvbox"
    with pytest.raises(OSError, match="not a mapping"):
        mine.save_changes(["theme"], tmp_path)
    assert Settings.path(tmp_path).read_text("utf-8") == "- just\n- a list\n"


@pytest.mark.parametrize(
    ("written", "names", "expected"),
    [
        # t13aj-r S9: a CRLF file (saved by an editor on Windows); only the changed value differs after.
        (
            "theme: textual-dark\r\nhighlight_entities: true\r\n",
            ["highlight_entities"],
            "theme: textual-dark\r\nhighlight_entities: false\r\n",
        ),
        # Comments kept, and a setting the file lacks added with the file's own line end.
        (
            "# mine\r\ntheme: nord   # dark\r\n",
            ["theme", "compare_panes"],
            "# mine\r\ntheme: gruvbox   # dark\r\ncompare_panes: free\r\n",
        ),
        # No newline after the last line: the added line starts on a CRLF of its own.
        (
            "theme: nord\r\nbogus_key: 1",
            ["compare_panes"],
            "theme: nord\r\nbogus_key: 1\r\ncompare_panes: free\r\n",
        ),
    ],
    ids=["reported", "comment-and-added", "no-final-newline"],
)
def test_a_crlf_file_keeps_its_line_ends(tmp_path: Path, written: str, names: list[str], expected: str) -> None:
    Settings.path(tmp_path).write_bytes(written.encode("utf-8"))
    mine = Settings.load(tmp_path)
    mine.theme, mine.compare_panes, mine.highlight_entities = "gruvbox", "free", False
    if "theme" not in names:
        mine.theme = Settings.load(tmp_path).theme
    mine.save_changes(names, tmp_path)
    assert Settings.path(tmp_path).read_bytes().decode("utf-8") == expected
    again = Settings.load(tmp_path)
    assert again.compare_panes == ("free" if "compare_panes" in names else "aligned")
