"""The comparison screen shows the two leads side by side when they report one event with
different figures (acceptance t13ak N17: Reuters' lead, 214 cases, sat beside KXYZ's "Twelve
schools remain closed." and KXYZ's lead, 230 cases, was "only B"). Input: the tester's two files
(copied from its corpus: a wire story and a local TV page with its furniture); the rule's other
cases are tested on the CLI in tests/cli/test_cli_compare_leads_other_figures.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ak"


async def test_the_two_leads_share_a_row(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("reuters-kestrow.txt", "kxyz-local-page.txt"):
        shutil.copy(FIXTURES / name, corpus / name)
    app = make_app(compare=("reuters-kestrow", "kxyz-local-page"), corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.alignment is not None
        view = screen.query_one(AlignedView)
        rows = view.rows
        k = next(k for k, row in enumerate(rows) if "KESTROW — A third child" in row.b.plain)
        assert "has grown to 214" in rows[k].a.plain  # Reuters' lead beside it, not an empty side
        assert not rows[k].is_difference
