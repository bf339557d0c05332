"""The export box says so when enter is pressed on an empty or blank name, in the place of a
refusal about another name (issue 13, acceptance test t13f F5).

Reported: fact sheet ``x``, ``/tmp/out13f/new.md`` refused as existing, then ``End ctrl+u`` and
``enter`` (and three spaces, ``enter``): nothing written and nothing said, the box still reading
"Not written: new.md already exists …" under the empty field. The CLI says "expected a file name
…, got an empty name" (exit 2); the box says the same and keeps asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from test_tui_exports import compare_app, error_of, home, open_prompt  # noqa: F401 -- home: a fixture
from textual.widgets import Input

from waic_reader.tui.screens.export_prompt import ExportPromptScreen


async def _start(pilot, start: str) -> ExportPromptScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    if start == "facts":
        await pilot.press("f")
        await settle(pilot)
    return await open_prompt(pilot)


def _said_empty(said: str) -> bool:
    return "got an empty name" in said and "expected a file name" in said and "escape" in said


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("start", ["facts", "compare"])
async def test_enter_on_an_emptied_box_after_an_existing_file_says_the_name_is_empty(
    start: str, seeds_copy: Path, tmp_path: Path
) -> None:
    """The reported input: an existing file refused, the box emptied with ``end ctrl+u``."""
    taken = tmp_path / "new.md"
    taken.write_text("mine", "utf-8")
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        prompt = await _start(pilot, start)
        prompt.query_one(Input).value = str(taken)
        await pilot.press("enter")
        await settle(pilot)
        assert "new.md already exists" in error_of(prompt)
        await pilot.press("end", "ctrl+u")
        assert prompt.query_one(Input).value == ""
        await pilot.press("enter")
        await settle(pilot)
        said = error_of(prompt)
        assert app.screen is prompt
        assert _said_empty(said) and "new.md" not in said
        # Done as it says: a name typed is written.
        prompt.query_one(Input).value = str(tmp_path / "fresh.md")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not prompt and (tmp_path / "fresh.md").exists()
    assert taken.read_text("utf-8") == "mine"


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("start", ["facts", "compare"])
async def test_blank_name_after_a_folder_was_refused(start: str, seeds_copy: Path, tmp_path: Path) -> None:
    """Three spaces typed after a folder was refused: the folder's refusal gives way, nothing is written."""
    folder = tmp_path / "out"
    folder.mkdir()
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        prompt = await _start(pilot, start)
        prompt.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        assert "is a folder" in error_of(prompt)
        prompt.query_one(Input).value = ""
        await pilot.press("space", "space", "space")
        assert prompt.query_one(Input).value == "   "
        await pilot.press("enter")
        await settle(pilot)
        said = error_of(prompt)
        assert app.screen is prompt and _said_empty(said) and "folder" not in said
    assert list(folder.iterdir()) == []


@pytest.mark.usefixtures("home")
async def test_empty_name_first_then_escape_writes_nothing(seeds_copy: Path, tmp_path: Path) -> None:
    """Emptied before any other refusal (a tab and a newline count as blank too), then escape."""
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        prompt = await _start(pilot, "compare")
        assert error_of(prompt).strip() == ""
        proposed = Path(prompt.query_one(Input).value)
        prompt.query_one(Input).value = "\t \n"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is prompt and _said_empty(error_of(prompt))
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not prompt
    assert not proposed.exists()
