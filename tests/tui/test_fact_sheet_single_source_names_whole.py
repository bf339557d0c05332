"""Single-source rows, while shown (``a``), get their fact's name whole too: the fact column widens
for their names as for shared facts' (round s48-f2), and a name too long for one line takes a
second (issue #16, t13apr F4, kin of t13ap N19: "residents among the evacu…" cut even at 120
columns, while shared rows' names wrapped whole)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app
from test_fact_sheet_narrow_name_column import name_column_as_drawn, open_sheet

from waic_reader.index.corpus.text import one_line


def _corpus(root: Path, texts: list[str]) -> Path:
    root.mkdir()
    for i, text in enumerate(texts):
        (root / f"{i}.txt").write_text(f"Report {i}\n\n{text}\n", "utf-8")
    return root


# one shared fact, so single-source rows sit under a shared one as on a real sheet
_SHARED = ["The fire has destroyed 280 homes.", "The blaze destroyed 280 homes, officials said."]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(
    "single",
    [
        # the tester's row (emberwatch-harlow: "residents among the evacuated 23,000")
        "Officials counted 312 residents among the evacuated 23,000 who had no insurance.",
        # other long names: a longer phrase, another noun
        "The ministry said 75 elderly residents among the displaced families needed medical care.",
        "Engineers inspected 48 suspension bridge cables along the northern approach.",
    ],
)
async def test_single_source_names_whole(tmp_path: Path, single: str, size: tuple[int, int]) -> None:
    app = make_app(corpus=_corpus(tmp_path / "c", [*_SHARED, single]))
    async with app.run_test(size=size) as pilot:
        screen, table = await open_sheet(pilot)
        assert screen.show_single
        singles = {one_line(f.label) for f in screen.rows if f.sources <= 1}
        longest = max(singles, key=len)
        assert len(longest) > 20, singles  # longer than the fact column at 60 columns
        drawn = {" ".join(" ".join(lines).split()) for _name, lines in name_column_as_drawn(table)}
        for label in singles:
            assert label in drawn, (label, drawn)
        assert table.max_scroll_x == 0  # the values keep their room
