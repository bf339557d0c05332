"""t13ah N5 in the app: compare's aligned rows put the two outlets' one quotation side by side,
credited to different people, and ``]`` never stops at either as a difference (it was ``◀ A`` on
Reuters' side while AP's sat beside an unrelated sentence). The reported wires, cut down."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView

REUTERS = (
    "Peru bus plunges into ravine, killing 19\n\n"
    '"The driver appears to have lost control on the curve," police Colonel Raúl Mendoza Tello told'
    " reporters at the scene. He said investigators were examining the vehicle's brakes.\n\n"
    "Regional governor Marisol Quispe declared three days of mourning and announced an emergency fund of"
    " $2.5 million for victims' families.\n"
)
AP = (
    "BUS CRASH KILLS 17 IN PERU'S ANDES\n\n"
    "Police said the bus was traveling at about 90 km/h when it missed a curve.\n\n"
    '"The driver appears to have lost control on the curve," regional governor Marisol Quispe told local'
    " radio station RPP.\n"
)
QUOTE = "The driver appears to have lost control on the curve"


async def test_the_one_quotation_is_one_row(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "reuters.txt").write_text(REUTERS, "utf-8")
    (corpus / "ap.txt").write_text(AP, "utf-8")
    app = make_app(compare=("reuters", "ap"), corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        quoting = [row for row in view.rows if QUOTE in row.a.plain or QUOTE in row.b.plain]
        assert len(quoting) == 1, [(row.a.plain, row.b.plain) for row in quoting]
        (row,) = quoting
        assert QUOTE in row.a.plain and QUOTE in row.b.plain and not row.is_difference
        assert "Mendoza Tello" in row.a.plain and "Marisol Quispe" in row.b.plain
        seen = set()
        for _ in range(sum(r.is_difference for r in view.rows)):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            seen.add(view.current)
        assert view.rows.index(row) not in seen
