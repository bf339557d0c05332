"""The reader's heading follows a mark (issue #14, acceptance t13s F1): after `}` selects the
line the title was derived from and `m` marks it as noise, the heading is the headline under it,
not the marked line ("the title is never taken from a block judged noise"). Ours: a Spanish page
whose first line the rules keep (a kicker) over its headline."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.reader import ReaderScreen

KICKER = "Tragedia en el puerto"
HEADLINE = "Mueren cinco personas en el incendio del Hotel Mirador de Puerto Alcina"
PARAS = [
    "Al menos cinco personas murieron y catorce resultaron heridas en el incendio que arrasó la madrugada del miércoles el Hotel Mirador.",
    "La jefa de bomberos, Lucía Ferrández, explicó que el fuego comenzó en la lavandería de la planta baja poco después de las dos.",
    "El alcalde, Tomás Oyarzún, decretó tres días de luto oficial por las víctimas del incendio.",
]


def _heading(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-title", Static).render())


async def test_marking_the_title_line_changes_the_heading(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "page.txt").write_text("\n".join([KICKER, HEADLINE, *PARAS]) + "\n", encoding="utf-8")
    app = make_app(open_doc="page", corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert KICKER in _heading(reader)
        await pilot.press("}")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert HEADLINE in _heading(reader)
        assert KICKER not in _heading(reader)
