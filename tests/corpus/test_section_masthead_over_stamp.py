"""A text headed by its site header with the section first ("OPINION | The Coastal Ledger"), over
its date stamp, over the headline straight over its byline: the header names the outlet, and the
headline over "By …" titles the article, as the README's plain-text rules call a line over a
byline "a headline over its stamp" (t13ap N12: the title was the header line, the outlet none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = (
    "Five people are dead in the county. Fourteen are missing. More than 23,000 residents have spent "
    "three nights on cots and in cars, and the officials who cut the fire budget say nothing."
)

CASES = [
    (
        "OPINION | The Coastal Ledger",
        "The Coastal Ledger",
        "August 20, 2026",
        "We knew Harlow Ridge would burn. We let it anyway.",
        "By Evander Okonjo-MacLeod",
    ),
    (
        "Comment — The Harbour Beacon",
        "The Harbour Beacon",
        "March 3, 2026",
        "The ferry did not sink by itself. Someone let it go.",
        "By Marisol Quenneville-Abara",
    ),
    (
        "Business · Kellby Evening Post",
        "Kellby Evening Post",
        "14 May 2026",
        "Why the mill closed: a town counts the cost of one decision",
        "By Tomasz Okafor-Lind",
    ),
]


@pytest.mark.parametrize(("header", "outlet", "stamp", "headline", "byline"), CASES)
def test_section_first_header_names_the_outlet(
    tmp_path: Path, header: str, outlet: str, stamp: str, headline: str, byline: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{header}\n{stamp}\n\n{headline}\n{byline}\n\n{BODY}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == outlet
    assert article.title == headline
