"""The comparison screen holds its pairs to the threshold it states, as the export does (tester
t13ai N14: comparing Reuters with AP showed "0.24↕" and "0.29" beside pairs the export said were
held to 0.30, with nothing to say why). The status states the threshold and how many pairs are
kept below it; each such pair's score is marked "*", and no other. Input: the tester's two wire
stories (copied from its corpus); the export's rule is tested on two more pairs in
tests/analysis/test_compare_export_threshold.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ai"


async def test_pairs_below_the_stated_threshold_are_marked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("reuters-haruka.txt", "ap-haruka.txt"):
        shutil.copy(FIXTURES / name, corpus / name)
    app = make_app(compare=("reuters-haruka", "ap-haruka"), corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.alignment is not None
        al = screen.alignment
        below = [p for p in al.pairs if p.score < al.threshold]
        assert below
        status = str(screen.query_one("#compare-status").render())
        assert f"({len(below)} below {al.threshold:.2f}, marked *)" in status
        scored = [row.gutter for row in screen.query_one(AlignedView).rows if row.gutter[:1].isdigit()]
        assert len(scored) == len(al.pairs)
        assert sorted(float(g[:4]) for g in scored if g.endswith("*")) == sorted(round(p.score, 2) for p in below)
