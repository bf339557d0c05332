"""The compare pane shows an escape sequence's stand-in with the sentence it sits in (tester t13ax
N9: "\\x1b[31mThe fire service has not confirmed these figures.\\x1b[0m" showed as "[31mThe fire
service …" with no ␛, the "[0m" a row "only in A" of its own; the reader showed ␛ correctly, and
README's Security promises stand-ins in compare too). Input: the tester's forum post and Reuters
story (copied from its corpus); the export and JSON in tests/cli/test_cli_compare_escape_sequence_s52c.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ax_n9"


async def test_escape_sequence_shown_in_its_sentence(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    app = make_app(compare=("misc/hostile-forum", "wire/reuters-0314"), corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.alignment is not None
        cells = [row.a.plain for row in screen.query_one(AlignedView).rows]
        assert "␛[31mThe fire service has not confirmed these figures.␛[0m" in cells, cells[:5]
        assert not any(c.strip() in ("[0m", "␛[0m") for c in cells)
        assert not any("\x1b" in c for c in cells)
