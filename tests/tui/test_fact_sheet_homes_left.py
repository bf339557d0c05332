"""The fact sheet's death toll on the tester's three articles (issue #13, s17 t13c F2): stepping
through its values never lands on "2,100" ("Four people died and 2,100 fled their homes"; it had
been ``value 3/12``), and the people who left their homes are one row of their own."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

FILES = {
    "a.txt": "Fire kills four\n\nFour people died and 2,100 fled their homes after the fire, officials said.\n",
    "b.txt": "Blaze toll\n\nA fire killed four workers on Tuesday and forced 2,100 residents from their homes, "
    "the fire chief said.\n",
    "c.txt": "Plant fire\n\nSix people died in the fire. About 2,300 people spent a second night away from home.\n",
}


async def test_the_death_toll_steps_over_no_homes_left(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "i"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
        labels = [f.label for f in screen.rows]
        assert "people evacuated" in labels and "residents" not in labels
        row = labels.index("death toll")
        screen.query_one("#coverage-table").move_cursor(row=row)  # type: ignore[attr-defined]
        await settle(pilot)
        seen: list[str] = []
        for _ in range(3):
            fact, value = screen.current()
            assert fact is not None and value is not None and fact.label == "death toll"
            seen.append(value.display)
            shown = str(screen.query_one("#coverage-detail", Static).render())
            assert f"{screen.value_index + 1}/3" in shown
            await pilot.press("right")
            await settle(pilot)
        assert sorted(s.lower() for s in seen) == ["four", "four", "six"]
