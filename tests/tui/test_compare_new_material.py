"""Compare's aligned rows mark a new fact beside a split as new, as `compare --json` does
(issue 13, s18: B's paragraph adding a fact about the people A names sat in A's pair as shared).

The tester's shape: A says in one paragraph what B says in three, the third adding a new fact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView

A = (
    "---\ntitle: Floods force hundreds from Brelmoor homes\noutlet: Valley Post\n---\n\n"
    "Heavy rain flooded **Brelmoor** on Tuesday, forcing 300 residents from their homes, while Mayor Ilse "
    "Varga opened the school gym as a shelter and the river Tamsel peaked at 4.2 metres.\n"
)
B = (
    "---\ntitle: Brelmoor residents flee the Tamsel\noutlet: Northern Courier\n---\n\n"
    "Torrential rain flooded Brelmoor on Tuesday, and 300 residents had to leave their homes.\n\n"
    "Mayor Ilse Varga opened the school gym as a shelter as the river Tamsel peaked at 4.2 metres.\n\n"
    "Mayor Varga has asked _Brelmoor residents_ to stay away from the Tamsel.\n"
)
NEW = "Mayor Varga has asked Brelmoor residents to stay away from the Tamsel."  # as shown


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "valley.md").write_text(A, "utf-8")
    (root / "courier.md").write_text(B, "utf-8")
    return root


async def test_new_fact_row_is_a_difference_as_in_the_json(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(corpus), "compare", "valley", "courier", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # The JSON's text is the Markdown as written (its offsets point into it).
    assert [s["text"] for s in data["only_b"]] == [
        "Mayor Varga has asked _Brelmoor residents_ to stay away from the Tamsel."
    ]
    assert not any("stay away" in p["b"]["text"] for p in data["pairs"])

    app = make_app(compare=("valley", "courier"), corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        differences = [row for row in view.rows if row.is_difference]
        assert [(row.a.plain, row.b.plain, row.gutter) for row in differences] == [("", NEW, "B ▶")]
        assert differences[0].b.only  # tinted, with the red edge
        # The split half that does restate A's paragraph stays beside it, shared.
        split = next(row for row in view.rows if row.b.plain.startswith("Torrential rain"))
        assert not split.is_difference and not split.b.only
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.rows[view.current] is differences[0]
        status = str(screen.query_one("#compare-status", Static).render())
        assert "0 only in A" in status and "1 only in B" in status
