"""The fact sheet screen leaves the articles' own date stamps out (acceptance s11: two outlets'
datelines a day apart showed as a disagreeing "date" fact): the reported datelines, "Posted:" /
"Updated:" lines and bylines' date lines; the prose's date stays a fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.fact_sheet import FactSheetScreen

REOPEN = "The port will reopen on March 20, officials said."


@pytest.mark.parametrize(
    "stamps",
    [
        ("HALVIK, March 14 (Reuters) -", "HALVIK, March 15 (AP) -"),  # the report: two datelines
        ("Posted: March 14, 2025\n\nHALVIK (Reuters) -", "Updated: March 15, 2025 10:00 GMT\n\nHALVIK (AP) -"),
        ("By Jane Roe | March 14, 2025\n\n", "By Tom Rivers | March 15, 2025\n\n"),
    ],
)
async def test_the_fact_sheet_screen_has_no_date_row_from_the_stamps(tmp_path: Path, stamps: tuple[str, str]) -> None:
    """The fact sheet screen (f) shows the death toll, never a "date" row from the articles' own
    stamps (nor, since round s37-f, of the prose's date, which counts no thing)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, stamp, toll in (("a", stamps[0], "At least 12"), ("b", stamps[1], "Fourteen")):
        (corpus / f"{name}.txt").write_text(
            f"Ferry sinks off Halvik\n\n{stamp} {toll} people were killed when the ferry sank off Halvik, "
            f"officials said.\n\n{REOPEN}\n",
            "utf-8",
        )
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
        rows = {(f.label, f.agree) for f in screen.rows if f.sources > 1}
        # (the prose's March 20 counts no thing: no row since round s37-f, the timeline's date)
        assert rows == {("death toll", True)}
        dates = [f for f in screen.rows if f.label == "date"]
        assert dates == []
