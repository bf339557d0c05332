"""Every text box's text reads at 4.5:1 (WCAG 2.x) on the box as drawn, in every theme the app
offers (and two invented ones), in a full-colour, a 256-colour and a 16-colour terminal.

Reported (t13m F10): the export dialog (``x`` in the fact sheet and in compare) showed its
proposed path, the text of its box, with too little contrast in some themes: Textual's Input
draws ``$foreground`` on ``$surface`` tinted 5% while focused, 3.88:1 in solarized-dark (2.17:1
drawn in 256 colours), 4.45:1 in atom-one-dark, 3.72:1 in atom-one-dark drawn in 16 colours.
The existing dialog test measured the dialog's lines but not its box. Measured here: the whole
dialog, box included, from the fact sheet (the report) and from compare; and, as other boxes of
the same kind, the reader's find box with a word typed in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from test_dialog_contrast import composed_failures, register
from textual import constants
from textual.pilot import Pilot

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.export_prompt import ExportPromptScreen
from waic_reader.tui.widgets.find_bar import FindBar

SYSTEMS = ["truecolor", "256", "standard"]


async def every_theme(app: WaicReaderApp, pilot: Pilot[None], part: str, system_name: str) -> list[str]:
    """``part`` of the screen on top measured in each theme; it must draw text in each."""
    failures: list[str] = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        await settle(pilot)
        found, measured = composed_failures(app, app.screen.query_one(part).region, part, f"{theme} {system_name}")
        assert measured, (theme, part)
        failures += found
    return failures


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_export_prompt_from_fact_sheet_box_readable(
    system_name: str, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report: the fact sheet's export prompt, its proposed path in the box."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app(open_doc="003", corpus=seeds_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        for key in ("f", "x"):
            await pilot.press(key)
            await settle(pilot)
        assert isinstance(app.screen, ExportPromptScreen)
        failures = await every_theme(app, pilot, "#export-dialog", system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_export_prompt_from_compare_box_readable(
    system_name: str, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compare's export prompt, another path typed in its box."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app(compare=("003", "004"), corpus=seeds_copy)
    async with app.run_test(size=(100, 30)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExportPromptScreen)
        await pilot.press("ctrl+u", *"storm-notes.md")
        await settle(pilot)
        failures = await every_theme(app, pilot, "#export-dialog", system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_reader_find_box_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's find box (ctrl+f), a word typed in it."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press("ctrl+f", *"harbour")
        await settle(pilot)
        bar = app.screen.query_one(FindBar)
        assert bar.display and bar.value == "harbour"
        await pilot.press("home")  # the cursor cell (its own colours, measured elsewhere) off the word's end
        failures = await every_theme(app, pilot, "FindBar", system_name)
    assert not failures, "\n".join(failures[:60])
