"""At 60 columns the fact column widens, up to a third of the screen, until every shared fact's
name wraps whole, word by word, on its two lines: the name has priority over the values (issue
#16, t13ap N19: "money pledged (the government)" was drawn "money pledged / (the governmen…",
its last word a letter too long for the 15-column fact column)."""

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


@pytest.mark.parametrize(
    "texts",
    [
        # the tester's pledge (valley-courier, northwire-0818, opinion-harlow)
        [
            "Governor Rosalind Vantongeren announced $40 million in emergency funds.",
            "The governor released $40 million from the state's disaster fund.",
            "The governor's office pledged $45 million in emergency funds.",
        ],
        # other long last words: a tier's unit, a firm's two words
        [
            "The municipality will release $2 million for the families.",
            "The municipality pledged $3 million for the families.",
        ],
        [
            "Halvorsen Shipping pledged $1.5 million to the families.",
            "Halvorsen Shipping will pay $2 million to the families, it said.",
        ],
    ],
)
async def test_shared_names_whole_at_60_columns(tmp_path: Path, texts: list[str]) -> None:
    # another payer's pledge in two articles: each payer's row is labelled by its payer
    other = ["Acme Holdings pledged $9 million to the relief fund.", "Acme Holdings has pledged $9 million."]
    app = make_app(corpus=_corpus(tmp_path / "c", [*texts, *other]))
    async with app.run_test(size=(60, 20)) as pilot:
        screen, table = await open_sheet(pilot)
        shared = {one_line(f.label) for f in screen.rows if f.sources > 1}
        assert any("(" in label for label in shared), shared
        drawn = {" ".join(" ".join(lines).split()) for _name, lines in name_column_as_drawn(table)}
        for label in shared:
            assert label in drawn, (label, drawn)
        # the values keep their room: the whole sheet in view, nothing to scroll to
        assert table.max_scroll_x == 0
