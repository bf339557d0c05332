"""Settings the user changes are back after a restart (a new app on the same settings folder),
and the settings file is read as untrusted input: each bad value is one warning naming
``file:line:col`` and is ignored, the rest still applies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle
from textual.widgets import SelectionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.label_filter import LabelFilterScreen
from waic_reader.tui.settings import Settings, _read_as_saved
from waic_reader.tui.widgets.article_view import ArticleView


def app_on(settings: Path, **options: object) -> WaicReaderApp:
    ws = Workspace()
    start = StartOptions(
        open_doc=ws.resolve(str(options["open_doc"])) if "open_doc" in options else None,
        compare=(ws.resolve("003"), ws.resolve("004")) if options.get("compare") else None,
    )
    return WaicReaderApp(ws, start, settings_dir=settings)


async def test_reader_highlighting_and_labels_come_back(tmp_path: Path) -> None:
    app = app_on(tmp_path, open_doc="004")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LabelFilterScreen)
        app.screen.query_one(SelectionList).deselect("ORG").deselect("GPE")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert app.entities_on is False and "GPE" not in app.entity_labels
    again = app_on(tmp_path, open_doc="004")
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.entities_on is False
        assert again.entity_labels == app.entity_labels and {"ORG", "GPE"}.isdisjoint(again.entity_labels)
        assert "PERSON" in again.entity_labels
        # Every label again is saved as "all" (labels added later are highlighted too).
        await pilot.press("h", "l", "a", "enter")
        await settle(pilot)
    assert "highlighted_labels" not in Settings.path(tmp_path).read_text()
    assert Settings.load(tmp_path).highlighted_labels is None and Settings.load(tmp_path).highlight_entities


async def test_compare_panes_come_back(tmp_path: Path) -> None:
    app = app_on(tmp_path, compare=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen) and app.screen.synced
        await pilot.press("y")
        await settle(pilot)
        assert not app.screen.synced
    again = app_on(tmp_path, compare=True)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, CompareScreen) and not screen.synced
        assert screen.query_one("#compare-panes").display and not screen.query_one("#aligned").display
        assert screen.query_one("#free-a", ArticleView).block_views, "the free panes are filled"


async def test_fact_sheet_single_source_comes_back(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.show_single and sheet.sheet is not None
        everything = len(sheet.rows)
        await pilot.press("a")
        await settle(pilot)
        assert not sheet.show_single and len(sheet.rows) < everything
    again = app_on(tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = again.screen
        assert isinstance(sheet, FactSheetScreen) and not sheet.show_single
        assert sheet.sheet is not None and all(f.sources > 1 for f in sheet.rows)


def test_saved_file_round_trips_without_the_yaml_parser(tmp_path: Path) -> None:
    """What save writes is the form the fast reader reads (no YAML parser at start-up), and
    both readers agree on it."""
    s = Settings(
        theme="gruvbox",
        highlight_entities=False,
        highlighted_labels=frozenset({"PERSON", "WORK_OF_ART"}),
        compare_panes="free",
        fact_sheet_single_source=False,
    )
    s.save(tmp_path)
    text = Settings.path(tmp_path).read_text()
    assert _read_as_saved(text) is not None
    loaded = Settings.load(tmp_path)
    assert loaded == s and not loaded.error
    # The same file with a comment goes through the YAML parser: same settings.
    Settings.path(tmp_path).write_text("# mine\n" + text)
    assert Settings.load(tmp_path) == s


HOSTILE = """\
theme: nord
highlight_entities: "yes please"
highlighted_labels: [PERSON, BOGUS, 7, {a: 1}, ORG]
compare_panes: 3
fact_sheet_single_source: [1]
colour: red
"""


def test_bad_values_are_each_reported_and_ignored(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text(HOSTILE)
    s = Settings.load(tmp_path)
    # The good values stay: the theme, the known labels.
    assert s.theme == "nord" and s.highlighted_labels == frozenset({"PERSON", "ORG"})
    # The bad ones keep their defaults.
    assert s.highlight_entities is True and s.compare_panes == "aligned" and s.fact_sheet_single_source is True
    where = [p.split(": ", 1)[0].rsplit("settings.yaml", 1)[1] for p in s.problems]
    lines = HOSTILE.splitlines()

    def at(row: int, text: str) -> str:
        return f":{row}:{lines[row - 1].index(text) + 1}"

    expected = [at(2, '"yes'), at(3, "BOGUS"), at(3, "7"), at(3, "{a"), at(4, "3"), at(5, "[1]"), at(6, "colour")]
    assert where == expected, s.problems
    assert "unknown label 'BOGUS'" in s.error and "unknown setting 'colour'" in s.error


@pytest.mark.parametrize(
    "content",
    [
        "highlighted_labels: [PERSON, NOPE]\n",  # the saved form, with a label that does not exist
        "highlighted_labels: PERSON\n",  # not a list
        "highlighted_labels: [" + ", ".join(["PERSON"] * 500) + "]\n",  # too many
        "compare_panes: !!python/object/apply:os.system ['true']\n",  # not safe YAML: nothing read
        "- a\n- b\n",  # not a mapping
        "highlight_entities: &a [*a]\n",  # a recursive alias
    ],
    ids=["unknown label", "not a list", "too many labels", "python tag", "not a mapping", "recursive alias"],
)
def test_hostile_files_never_break_the_defaults(tmp_path: Path, content: str) -> None:
    Settings.path(tmp_path).write_text(content)
    s = Settings.load(tmp_path)
    assert s.error and "settings.yaml" in s.error
    assert s.highlight_entities is True and s.compare_panes == "aligned"
    assert s.highlighted_labels is None or s.highlighted_labels <= {"PERSON"}


async def test_the_app_warns_once_and_applies_the_rest(tmp_path: Path) -> None:
    Settings.path(tmp_path).write_text(HOSTILE)
    app = app_on(tmp_path)
    shown: list[tuple[str, str]] = []
    notify = app.notify

    def spy(message: str, **kwargs: Any) -> None:
        shown.append((kwargs.get("title", ""), message))
        notify(message, **kwargs)

    app.notify = spy  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "nord" and app.entity_labels == frozenset({"PERSON", "ORG"}) and app.entities_on
        warnings = [message for title, message in shown if title == "Settings ignored"]
        assert len(warnings) == 1 and "settings.yaml:6:1: unknown setting" in warnings[0]
