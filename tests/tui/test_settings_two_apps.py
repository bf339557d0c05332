"""Two apps (or any two writers) on one settings file: each saves only what it changed, into the
file as it is then, so neither puts back the other's settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.settings import Settings


def test_two_writers_keep_each_others_changes(tmp_path: Path) -> None:
    Settings(theme="nord").save(tmp_path)
    one, two = Settings.load(tmp_path), Settings.load(tmp_path)  # both read the file first
    one.theme = "gruvbox"
    one.save_changes(["theme"], tmp_path)
    two.compare_panes = "free"
    two.highlighted_labels = frozenset({"PERSON"})
    two.save_changes(["compare_panes", "highlighted_labels"], tmp_path)
    saved = Settings.load(tmp_path)
    assert (saved.theme, saved.compare_panes, saved.highlighted_labels) == ("gruvbox", "free", {"PERSON"})
    assert saved.problems == []
    assert two.theme == "nord"  # the writer's own settings are not changed by saving


async def test_two_apps_open_at_once_keep_each_others_settings(tmp_path: Path) -> None:
    """The reported case: the second app, saving its change, wrote back every setting it had
    read at its start, undoing the first app's."""
    ws = Workspace()
    reader = WaicReaderApp(ws, StartOptions(open_doc=ws.resolve("004")), settings_dir=tmp_path)
    compare = WaicReaderApp(
        Workspace(), StartOptions(compare=(ws.resolve("003"), ws.resolve("004"))), settings_dir=tmp_path
    )
    async with reader.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("h")  # entity highlighting off
        await settle(pilot)
        assert reader.entities_on is False
    async with compare.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(compare.screen, CompareScreen)
        await pilot.press("y")  # free panes
        await settle(pilot)
        assert not compare.screen.synced
    saved = Settings.load(tmp_path)
    assert saved.highlight_entities is False and saved.compare_panes == "free"


_WRITER = """
import sys
from pathlib import Path
from waic_reader.tui.settings import Settings
base, name, values = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
mine = Settings.load(base)
for value in values * 20:
    setattr(mine, name, value == "true" if name != "compare_panes" else value)
    mine.save_changes([name], base)
"""


def test_two_processes_saving_at_once_keep_both_last_values(tmp_path: Path) -> None:
    Settings().save(tmp_path)
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), "compare_panes", "aligned", "free"]),
        subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), "fact_sheet_single_source", "true", "false"]),
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    saved = Settings.load(tmp_path)
    assert saved.compare_panes == "free" and saved.fact_sheet_single_source is False and saved.problems == []
