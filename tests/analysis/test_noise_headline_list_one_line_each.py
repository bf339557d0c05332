"""A run of headline lines closing a chunk is a list, a line a block, even where a line short of
the column makes the hard-wrap joiner see a deliberate break inside it (t13o F7).

Reported: ``saved-page.txt``'s "Most popular" over four one-line headlines (no blank line between)
was two blocks of two lines ('Celebrity chef opens new restaurant in Miami\\nStock markets rally on
rate hopes'): the joiner took the list for wrapped text, split it where the second line stopped
short, and each pair was too short a run to be told from a wrapped headline. Variants (invented):
another header over four headlines with the short line elsewhere, and five headlines under a
header, the short one third (one pair left joined before).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "noise_s29h"
PROSE = (
    "Grain shipments resume at Kessport\n\nKESSPORT, Sept 2 - Grain ships left the port of Kessport on "
    "Tuesday for the first time in a week after dockers ended their strike.\n\n"
    "Harbour director Annelie Brandt said the backlog would be cleared within ten days.\n\n"
)
TRENDING = [
    "Trending now",
    "Lindholm council votes to close two libraries",
    "Rail fares to rise again in January",
    "Kessport marks a century of its old lighthouse",
    "Record crowd for the autumn marathon",
]
PICKS = [
    "Editor's picks",
    "How a small bakery in Oskarsgate won a national prize",
    "The quiet return of the night train to the north",
    "Why rents keep rising in the harbour town",
    "Inside the restoration of the old customs house",
    "Fjord walks for the first frost of the season",
]
SAVED = [
    "Most popular",
    "Celebrity chef opens new restaurant in Miami",
    "Stock markets rally on rate hopes",
    "Ten best beaches for your summer holiday",
    "Scientists find new species of frog",
]


def corpus(tmp_path: Path, name: str, lines: list[str]) -> Corpus:
    root = tmp_path / "c"
    root.mkdir()
    if name == "saved-page":
        (root / "saved-page.txt").write_text((FIXTURES / "saved-page.txt").read_text("utf-8"), "utf-8")
    else:
        tail = "\n".join(lines) + "\n\n(c) 2025 Kessport Courier. All rights reserved.\n"
        (root / f"{name}.txt").write_text(PROSE + tail, "utf-8")
    return Corpus.scan(root)


@pytest.mark.parametrize(
    ("name", "lines"),
    [("saved-page", SAVED), ("trending", TRENDING), ("picks", PICKS)],
    ids=["reported", "four", "five"],
)
def test_each_headline_is_a_block_and_an_item(tmp_path: Path, name: str, lines: list[str]) -> None:
    article = corpus(tmp_path, name, lines).article(name)
    texts = [b.text for b in article.blocks]
    for line in lines:
        assert line in texts, texts
    noise = {seg.text: seg for seg in split_noise(article).noise}
    for line in lines[1:]:
        assert noise[line].kind == "headline-list", (line, noise[line])
