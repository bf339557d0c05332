"""The export box says what its user can do when the file exists, not a command line flag (issue
13, session 15 #3a).

Reported: ``x`` in compare onto an existing file said "already exists (use --force to overwrite)"
inside the TUI, where there is no --force. The engine says the fact ("already exists"); each
front end adds its own way out: the CLI its flag (tests/cli: "--force" in stderr), the box
"edit the name, or escape"."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from snapshot_app import settle
from test_tui_exports import compare_app, error_of, home, open_prompt  # noqa: F401 -- home: a fixture
from textual.widgets import Input

from waic_reader.index.export import write_export


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("start", ["compare", "facts"])
async def test_an_existing_file_is_refused_with_what_the_box_can_do(
    start: str, seeds_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "mine.md"
    target.write_text("mine", "utf-8")
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if start == "facts":
            await pilot.press("f")
            await settle(pilot)
        prompt = await open_prompt(pilot)
        prompt.query_one(Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        said = error_of(prompt)
        assert app.screen is prompt
        assert "mine.md already exists" in said and "--" not in said
        assert "Edit the name" in said and "escape" in said
        # Done as it says: another name is written.
        prompt.query_one(Input).value = str(tmp_path / "mine-2.md")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not prompt and (tmp_path / "mine-2.md").exists()
    assert target.read_text("utf-8") == "mine"


def test_the_engine_names_no_front_end_s_flag(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    target.write_text("mine", "utf-8")
    with pytest.raises(FileExistsError) as raised:
        write_export(target, "text")
    assert raised.value.errno == errno.EEXIST and raised.value.strerror == "already exists"
