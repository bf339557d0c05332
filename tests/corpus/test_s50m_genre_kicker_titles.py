"""A story's genre alone on the first line ("OPINION", "Analysis", "Review:": IPTC's genre words,
``titles.GENRE_WORDS``) is a kicker: the headline under it is the title, over its byline or date
stamp even when it holds full stops (t13as N8, round s50-m: the title was the body's first
sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = (
    "Sixteen years after the last great ash cloud, Europe's airspace has once again been emptied by a "
    "single mountain, and the airlines were no better prepared than they were then.\n\n"
    "The response on the ground was exemplary. Residents were out before sunrise and nobody argued.\n"
)


@pytest.mark.parametrize(
    ("kicker", "headline", "under"),
    [
        (  # reported
            "OPINION",
            "Iceland was ready for lava. Europe was not ready for ash.",
            "By Annika Sørensen-Hale | The Northern Globe | November 19, 2026",
        ),
        ("Analysis", "Who pays for the ash? Nobody knows yet.", "By Jon Berg · Halvik Post · 3 March 2026"),
        ("Review:", "The opera was long. The singing was not.", "14 March 2026"),
    ],
)
def test_the_headline_under_a_genre_kicker_is_the_title(tmp_path: Path, kicker: str, headline: str, under: str) -> None:
    (tmp_path / "a.txt").write_text(f"{kicker}\n{headline}\n{under}\n\n{BODY}", "utf-8")
    assert Corpus.scan(tmp_path).article("a").title == headline
