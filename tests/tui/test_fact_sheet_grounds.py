"""The fact sheet's grounds name outlets instead of doc ids only where ids stand: in a reason's
"A ~ B:" head. Every "toll" of "the death toll" had become the outlet of an article whose id is
"toll", every "a" of "each" that of the article "a" (acceptance s12b #1); `facts` was right."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.fact_sheet import FactSheetScreen, readable_grounds

STORY = (
    "{city}, March 14 ({outlet}) - The death toll after the ferry sank off Halvik reached {n} people, officials said."
)


def _corpus(root: Path, names: list[str]) -> Path:
    root.mkdir()
    for name, (outlet, n) in zip(names, [("Reuters", 12), ("AP", 14), ("AFP", 15)], strict=True):
        (root / f"{name}.txt").write_text(
            f"Ferry sinks off Halvik\n\n{STORY.format(city='HALVIK', outlet=outlet, n=n)}\n", "utf-8"
        )
    return root


@pytest.mark.parametrize("names", [["toll", "ferry", "1"], ["a", "c", "e"], ["death", "people", "each"]])
async def test_the_grounds_words_stay_as_written(tmp_path: Path, names: list[str]) -> None:
    app = make_app(corpus=_corpus(tmp_path / "c", names))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
        row = next(i for i, f in enumerate(screen.rows) if f.sources > 1)
        screen.query_one("#coverage-table").move_cursor(row=row)  # type: ignore[attr-defined]
        await settle(pilot)
        shown = str(screen.query_one("#coverage-detail", Static).render())
        fact = screen.rows[row]
        for outlet in ("Reuters", "AP", "AFP"):
            for word in ("death", "toll", "each", "people", "values"):
                assert f"{word} {outlet}" not in shown and f"{outlet}{word}" not in shown
        assert fact.grounds.split("; ")[-1] in shown.replace("\n", " ") or "values" in shown


def test_ids_in_a_reasons_head_are_named() -> None:
    articles = [SimpleNamespace(doc="toll", label="Reuters"), SimpleNamespace(doc="x/a#1", label="AP")]
    grounds = "toll ~ x/a#1: the same death toll counted; values conflict"
    assert readable_grounds(grounds, articles) == "Reuters ~ AP: the same death toll counted; values conflict"  # type: ignore[arg-type]
