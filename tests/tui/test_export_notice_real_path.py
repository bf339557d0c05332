"""The export's notice names the file where it is (t13i, other observations): an export typed
as ``h/lnk/../out.md``, ``lnk`` a symbolic link to the corpus, is written beside the corpus (the
kernel resolves ``lnk`` before ``..``); the notice said "Comparison written to h/lnk/../out.md",
which a shell user reads as ``h/out.md``. It names the real path, folders' links resolved."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from test_tui_exports import compare_app, open_prompt
from textual.widgets import Input

from waic_reader.tui.screens.export_prompt import ExportPromptScreen


@pytest.mark.parametrize(
    ("start", "shape", "said"),
    [
        ("compare", "reported", "Comparison written to "),  # h/lnk/../out.md, lnk -> the corpus
        ("facts", "reported", "Fact sheet written to "),
        ("compare", "linked folder", "Comparison written to "),  # out/z.md, out -> exports/
    ],
)
async def test_notice_names_the_real_path(
    start: str, shape: str, said: str, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    if shape == "reported":
        (tmp_path / "h").mkdir()
        (tmp_path / "h" / "lnk").symlink_to(seeds_copy)
        typed = f"{tmp_path}/h/lnk/../out.md"
        real = seeds_copy.resolve().parent / "out.md"
        wrong = tmp_path / "h" / "out.md"
    else:
        (tmp_path / "exports").mkdir()
        (tmp_path / "out").symlink_to(tmp_path / "exports")
        typed = f"{tmp_path}/out/z.md"
        real = (tmp_path / "exports").resolve() / "z.md"
        wrong = Path(typed)
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if start == "facts":
            await pilot.press("f")
            await settle(pilot)
        prompt = await open_prompt(pilot)
        prompt.query_one(Input).value = typed
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportPromptScreen)
        notes = [n.message for n in app._notifications if n.message.startswith(said)]
    assert real.is_file()
    assert len(notes) == 1, notes
    named = notes[0].removeprefix(said).split(" (")[0]
    assert Path(named) == real and named != str(wrong) and named != typed
